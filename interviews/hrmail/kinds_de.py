"""German phrases for each kind of news, weighed as in ``kinds_en.RULES`` (3 says it outright,
2 usually means it, 1 hints). German HR letters are formal and formulaic ("Leider müssen
wir Ihnen mitteilen", "Einladung zum Vorstellungsgespräch"), so a short list carries far;
the negation scope in ``scope`` reads the rest ("nicht weiter berücksichtigen")."""

from __future__ import annotations

GESPRAECH = r"[\w-]*(?:gespräch|interview|kennenlernen|telefonat|call|termin)\w*"
BEWERBUNG = r"(?:Ihre|Deine|Ihrer|Deiner) (?:Bewerbung|Kandidatur|Unterlagen)"

RULES_DE: dict[str, list[tuple[str, int]]] = {
    "rescinded": [
        (
            r"\b(?:zugesagte|angebotene|vereinbarte)\w* (?:Stelle|Position|\w*[Vv]ertrag|Angebot)\b"
            r"[^.]{0,60}\bnicht mehr\b",
            3,
        ),
        (
            r"\b(?:Angebot|Vertrag|Vertragsentwurf|Vereinbarung|Zusage)\w*\b.{0,80}"
            r"\b(?:gegenstandslos|hinfällig|entfallen|entfällt)\b",
            3,
        ),
        (
            r"\b\w*angebot\b.{0,80}\b(?:hinfällig|nicht mehr gültig|ungültig|nicht (?:mehr )?"
            r"aufrecht(?:erhalten|zuerhalten)?)",
            3,
        ),
        (
            r"\b(?:Angebot|Zusage|Vertragsangebot)\w* .{0,120}?\bzurück(?:ziehen|gezogen|"
            r"nehmen|genommen|zuziehen|zunehmen)",
            3,
        ),
        (r"\bzurückziehen (?:unser|das) (?:Vertrags)?[Aa]ngebot", 3),
    ],
    "rejected": [
        (
            # a subordinate clause: "dass wir die Stelle ... erfolgreich besetzen konnten"
            r"\b(?:Stelle|Position|Vakanz)\b[^.]{0,80}\b(?:besetzen konnten|besetzt haben|"
            r"besetzt wurde|vergeben haben|vergeben wurde|vergeben konnten|nachbesetzen konnten)\b",
            3,
        ),
        (
            # the post is taken: "Die Stelle konnten wir inzwischen besetzen", "intern besetzt"
            r"\b(?:Stelle|Position|Vakanz)\b[^.]{0,60}\b(?:inzwischen|bereits|mittlerweile|"
            r"anderweitig|schon)\b[^.]{0,30}\bbesetz\w*|\b(?:konnten|haben) wir\b[^.]{0,40}"
            r"\b(?:besetzen|besetzt)\b|\bintern (?:zu )?(?:besetzen|besetzt|nachzubesetzen)\b|"
            r"\b(?:für|mit) (?:einer|einem) internen (?:Kandidat\w*|Bewerber\w*|Lösung)",
            3,
        ),
        (r"\bnicht geklappt\b", 3),
        (
            r"\b(?:Dossier|Bewerbung|Kandidatur)\b[^.]{0,40}\bnicht "
            r"(?:weiterverfolgen|weiter verfolgen)",
            3,
        ),
        (
            r"\bAbsage\b(?! (?:des|unseres|Ihres|für den|zum) (?:Termin|Gespräch|Interview))|"
            r"\bnegative Rückmeldung|\bkeine positive (?:Nachricht|Rückmeldung)",
            3,
        ),
        (
            r"\banderweitig (?:besetzt|vergeben|entschieden|zu besetzen|besetzen|zu vergeben)|"
            r"\b(?:Stelle|Position) "
            r"(?:\w+ ){0,3}(?:besetzt|vergeben)",
            3,
        ),
        (r"\bfür (?:einen |eine )?(?:anderen?|andere) (?:Kandidat\w*|Bewerber\w*) entschieden", 3),
        # "für den anderen Finalisten entschieden", "Die Wahl fiel auf eine Mitbewerberin"
        (r"\bfür (?:den|die|das) (?:anderen?|andere) \w+\b.{0,20}\bentschieden", 3),
        (r"\b(?:Wahl|Entscheidung) fiel auf (?:eine[nr]? )?(?:andere|Mitbewerber)\w*", 3),
        (r"\bfür (?:jemand\w*|eine andere\w*|einen anderen)\b[^.]{0,40}\bentschieden", 3),
        # Chosen: other people, however praised you were ("haben wir uns jedoch für
        # Bewerberinnen und Bewerber entschieden, deren Qualifikationen ..."); "für Sie als
        # Kandidatin" is the opposite.
        (
            r"\bfür (?!Sie\b|dich\b)(?:\w+ ){0,2}?(?:Kandidat|Bewerber|Person)\w*"
            r"(?: und (?:Kandidat|Bewerber)\w*)?\b[^.]{0,30}?\bentschieden",
            3,
        ),
        (
            r"\bfür (?:einen|eine) (?:anderen |andere )?(?:Kandidat|Bewerber|Person)\w*\b.{0,60}"
            r"\bentschieden",
            3,
        ),
        (
            r"\bmit (?:einem|einer) (?:anderen|internen|weiteren) (?:Kandidat|Bewerber)\w*|"
            r"\b(?:eine|einen) (?:andere|anderen|interne|internen) (?:Kandidat|Bewerber)\w* "
            r"(?:entschieden|ausgewählt|eingestellt)",
            3,
        ),
        (
            r"\bgegen (?:eine|einen|Sie|dich|Ihre|deine)\b.{0,40}\bentschieden",
            3,
        ),
        # "entschieden, mit anderen Kandidat*innen weiterzumachen", "entschieden, die
        # Position mit einem Kandidaten zu besetzen, der ..."
        (
            r"\bentschieden\b[^.]{0,60}?\bmit (?:\w+ )?(?:anderen|weiteren|einem|einer)\b"
            r"[^.]{0,20}?\b(?:Kandidat|Bewerber|Person|Profil)",
            3,
        ),
        (r"\bleider\b.{0,40}\bentschieden\b", 2),
        (r"\bnicht (?:in die engere Auswahl|weiter (?:berücksichtigen|verfolgen|im Prozess))", 3),
        # "leider nicht" about the application is a no, but not "leider noch nicht" (not
        # yet), not what they cannot tell you yet ("können wir Ihnen leider nicht nennen"),
        # and not a practical matter ("Reisekosten können leider nicht erstattet werden":
        # about the person or the job, not about costs or rooms, it is only a hint).
        (
            r"(?=.*\b(?:Sie|Ihnen|Ihre[nrms]?|dich|dir|deine[nrms]?|du|wir|uns|"
            r"Bewerbung|Kandidatur|Stelle|Position|Rolle|Profil)\b)"
            r"\bleider\b.{0,120}(?<!noch )\b(?:nicht|keine?[nmrs]?)\b"
            r"(?! (?:\w+ )?(?:nennen|mitteilen|sagen|bestätigen|erstatte[nt]|übernehmen)\b)"
            r"(?!.*\b(?:Reise|Fahrt|Kosten|Parkpl)\w*)",
            2,
        ),
        (r"\bleider\b", 1),
    ],
    "offer_written": [
        (
            r"\b(?:(?:Arbeits|Dienst|Anstellungs)?[Vv]ertrag|Vertragsangebot|Angebotsschreiben)\w* "
            r"(?:finden Sie |liegt |ist )?(?:anbei|im Anhang|beigefügt)",
            3,
        ),
        (
            r"\b(?:anbei|im Anhang|beigefügt|als Anlage)\b[^.]{0,60}?\b"
            r"(?:finden Sie |erhalten Sie |sende ich Ihnen )?(?:Ihren |Ihr |den |das )?"
            r"(?:(?:Arbeits|Dienst|Anstellungs)?[Vv]ertrag|Vertragsangebot|Angebot)",
            3,
        ),
    ],
    "offer_verbal": [
        (
            r"\b(?:Ihnen|dir) (?:die|diese|eine) (?:Stelle|Position|Rolle)\b[^.]{0,100}"
            r"\ban(?:zu)?bieten\b|"
            r"\banbieten (?:zu )?dürfen\b",
            3,
        ),
        (
            r"\b(?:freuen uns|freue mich|möchten|möchte)\b.{0,60}\b(?:ein "
            r")?(?:Angebot|Vertragsangebot) (?:zu )?(?:machen|unterbreiten)",
            3,
        ),
        (
            r"\b(?:anbieten|zusagen) (?:zu )?(?:können|möchten|dürfen)\b|\bIhnen (?:die|"
            r"diese) (?:Stelle|Position) anbieten",
            3,
        ),
        (r"\bim Team begrüßen|\bwillkommen (?:an Bord|im Team)", 3),
        (r"\buns für (?:Sie|dich) entschieden|\bfür (?:Sie|dich) ausgesprochen", 3),
        (r"\ban Bord (?:holen|begrüßen|nehmen)", 3),
        (r"\bAngebot\b[^.]{0,60}\b(?:machen|unterbreiten)\b", 3),
        (
            r"\b(?:möchten|wollen|würden) (?:Sie|dich) (?:gerne |gern )?(?:als [^.]{0,40})?"
            r"einstellen",
            3,
        ),
        (
            # a subordinate clause puts the verb last: "dass wir Sie gerne einstellen möchten"
            r"\b(?:Sie|dich) (?:gerne |gern )?(?:als [^.]{0,40})?einstellen "
            r"(?:möchten|wollen|würden)",
            3,
        ),
        (r"^Zusage\b|\bIhre Zusage\b|\bunsere Zusage\b", 2),
    ],
    "cancelled": [
        (
            r"\b(?:Termin|Gespräch|Interview)\w*\b.{0,30}\b(?:fällt|entfällt)\b.{0,30}\baus\b|"
            r"\b(?:fällt|entfällt)\b.{0,30}\b(?:Termin|Gespräch|Interview)\w*\b.{0,30}\baus\b",
            3,
        ),
        (
            r"\b(?:Termin|Gespräch|Interview)\w* (?:wurde |muss |müssen wir )?(?:leider )?abgesagt",
            3,
        ),
        (r"\bAbsage (?:des|unseres|Ihres|für den|zum) (?:Termin|Gespräch|Interview)", 3),
        (r"\b(?:Termin|Gespräch|Interview)\w* (?:\w+ )?absagen\b", 3),
        # "ich muss unseren Call morgen um 11 Uhr leider absagen"
        (
            r"\b(?:(?:muss|müssen) (?:ich|wir)|(?:ich|wir) (?:muss|müssen)) (?:leider )?"
            r"(?:unseren|unser|den|das|Ihren|Ihr|deinen|dein) "
            r"(?:\w+ ){0,2}?" + GESPRAECH + r"\b[^.]{0,60}\babsagen\b",
            3,
        ),
        # "Ihren Termin zum Vorstellungsgespräch am Donnerstag um 11 Uhr absagen": the
        # appointment is called off ("Ihnen absagen" is a no to the person)
        (r"\b(?:Termin|Gespräch|Interview)\w*\b.{0,80}?(?<!Ihnen )(?<!dir )\babsagen\b", 3),
    ],
    "rescheduled": [
        (r"\b(?:verschieben|verlegen|umplanen)\b.{0,40}|\b(?:verschoben|verlegt)\b", 3),
        (r"\bneuer Termin\b|\bneuen Termin (?:vorschlagen|finden)", 2),
    ],
    "references_requested": [
        (
            r"\bReferenz(?:auskunft|auskünfte|geber\w*|personen|en)\b[^.]{0,60}\b(?:einholen|"
            r"anfordern|nennen|senden|schicken|zukommen|angeben)|\bKontaktangaben\b[^.]{0,80}"
            r"\b(?:Vorgesetzten|Referenz\w*)",
            3,
        ),
        (r"\bReferenz(?:en|geber\w*|personen)\b", 3),
    ],
    "assessment": [
        (
            r"\b(?:Online-?)?(?:Assessment|Eignungstest|Onlinetest|Online-Test|Fallstudie|"
            r"Case[- ]Study|Arbeitsprobe|Probeaufgabe)\b.{0,120}?\b(?:bearbeiten|absolvieren|"
            r"durchführen|ablegen|abschließen|lösen)|\b(?:bearbeiten|absolvieren|durchführen|"
            r"ablegen) (?:Sie|du) (?:\w+ ){0,2}(?:Online-?)?(?:Assessment|Eignungstest|Onlinetest|"
            r"Online-Test|Fallstudie|Arbeitsprobe|Probeaufgabe)\b",
            3,
        ),
        (
            r"\b(?:Testaufgabe|Probeaufgabe|Fallstudie|Case Study|Online-Test|"
            r"Coding[- ]?(?:Aufgabe|Challenge)|Programmieraufgabe|Take-Home|Eignungstest|"
            r"Arbeitsprobe)\w*",
            2,  # the bare noun: a portfolio's "case study" is no test
        ),
        (r"\bAufgabenstellung\b|^Abgabe\w*\s*:|\bAbgabe (?:bis|spätestens)\b", 3),
        # a brief attached to work on: "Im Anhang finden Sie ein kurzes Briefing"
        (
            r"\b(?:anbei|im Anhang|beigefügt)\b[^.]{0,40}\b(?:Briefing|Aufgabe|Case|Fallstudie|"
            r"Arbeitsprobe|Probeaufgabe)\b|\b(?:Briefing|Aufgabe|Case|Fallstudie|Arbeitsprobe|"
            r"Probeaufgabe)\w* (?:finden Sie |liegt |ist )?(?:anbei|im Anhang|beigefügt)",
            3,
        ),
        # work to hand in: "schick uns deine Lösung", "senden Sie uns Ihre Lösung"
        (
            r"\b(?:schick|send|reich)(?:e|en|t)? (?:Sie )?(?:uns )?(?:Ihre|deine|die) (?:\w+ )?"
            r"(?:Lösung|Ausarbeitung|Aufgabe)\b",
            3,
        ),
    ],
    "on_hold": [
        (r"\bauf Eis\b", 3),
        # "Das Auswahlverfahren ... ruht daher vorübergehend"
        (r"\b(?:Auswahl|Bewerbungs|Besetzungs)?[Vv]erfahren\w*\b[^.]{0,60}\bruh(?:t|en)\b", 3),
        (
            r"\bpausieren\b[^.]{0,50}\b(?:Verfahren|Auswahlverfahren|Prozess|Bewerbungsprozess|"
            r"Besetzung|Stelle)",
            3,
        ),
        # "Solange der Wirtschaftsplan nicht beschlossen ist, dürfen wir keine Zusagen
        # machen": a step waiting for a decision above the hiring team
        (
            r"\b(?:solange|bis)\b[^.]{0,80}\bnicht (?:\w+ )?(?:beschlossen|genehmigt|freigegeben|"
            r"verabschiedet|geklärt|entschieden)\b|\bbis dahin\b[^.]{0,60}\bnicht\b",
            2,
        ),
        (
            r"\b(?:vorübergehend|vorerst|derzeit) (?:gestoppt|ausgesetzt|aussetzen|eingefroren|"
            r"pausieren|unterbrechen|unterbrochen)\b",
            3,
        ),
        (
            r"\b(?:Verfahren|Auswahlverfahren|Besetzung|Prozess|Bewerbungsprozess)\w*\b.{0,20}"
            r"\bruht\b|\bruht (?:\w+ ){0,2}?(?:\w*[Vv]erfahren|Besetzung|\w*[Pp]rozess)\w*\b",
            3,
        ),
        (
            r"\b(?:pausiert|auf Eis gelegt|Einstellungsstopp\w*|vorerst (?:gestoppt|"
            r"ausgesetzt)|verzögert sich)\b",
            3,
        ),
    ],
    "invited": [
        (
            r"\b(?:laden|lade) (?:wir |ich )?(?:Sie|Dich|dich) (?:gerne |herzlich )?(?:\w+ "
            r"){0,4}(?:zu|zum) (?:\w+ ){0,3}" + GESPRAECH,
            3,
        ),
        (r"\bEinladung (?:zu|zum) (?:\w+ ){0,3}" + GESPRAECH, 3),
        (
            r"\b(?:möchten|würden|wollen) (?:wir )?(?:gerne |gern )?(?:\w+ ){0,4}"
            + GESPRAECH
            + r" (?:mit (?:Ihnen|dir) )?(?:führen|vereinbaren)",
            3,
        ),
        (
            r"\b(?:Sie|Dich|dich) (?:gerne |herzlich )?(?:\w+ ){0,4}(?:zu|zum) (?:\w+ ){0,3}"
            + GESPRAECH
            + r"(?:[^.]|(?<=\d)\.){0,80}\bein(?:zu)?laden",  # "am 26.11.2026 um 11 Uhr einladen"
            3,
        ),
        (r"\b(?:persönlich |gerne )?kennenlernen\b", 2),
        (
            r"\b(?:Hätten|Haben|Hättest|Hast) (?:Sie|du) [^.?]{0,40}\bZeit (?:für|zu) "
            r"(?:ein|einem|einen)\b[^.?]{0,20}" + GESPRAECH,
            3,
        ),
        (r"\bTerminvorschl\w*|\bIhre Verfügbarkeit", 2),
        (
            r"\bbestätigen? (?:ich |wir )?(?:Ihnen |dir )?(?:hiermit )?"
            r"(?:unser|unseren|Ihr|Ihren|den|das) (?:\w+ )?" + GESPRAECH,
            3,
        ),
    ],
    "moving_forward": [
        # "Die erste Auswahlrunde haben Sie erfolgreich abgeschlossen", "eine Runde weiter"
        (
            r"\b(?:\w*[Rr]unde|Stufe|Phase|Etappe|Auswahlschritt)\b[^.]{0,120}\berfolgreich "
            r"(?:abgeschlossen|bestanden|absolviert|gemeistert|durchlaufen)|\beine (?:Runde|Stufe) "
            r"weiter\b",
            3,
        ),
        (r"\b(?:nächste|nächsten|zweite|zweiten|finale|finalen) (?:Runde|Schritt|Phase|Stufe)", 2),
        (
            r"\bweiter im (?:Bewerbungs)?prozess|\beine Runde weiter|"
            r"\b(?:in die|zur) (?:nächste|finale|zweite|letzte) (?:Runde|Phase)",
            3,
        ),
        (
            r"\b(?:im|ins) weiteren? (?:Auswahl|Bewerbungs)?(?:verfahren|prozess)\b[^.]{0,20}"
            r"\b(?:berücksichtigen|einbeziehen|dabei)\b",
            3,
        ),
    ],
    "acknowledged": [
        (r"\b(?:Bewerbung|Unterlagen)\b.{0,120}?\beingelangt\b", 3),
        (r"\bEingang (?:Ihrer|Deiner) (?:Bewerbung|Unterlagen)", 2),
        (r"\b(?:vielen |herzlichen )?Danke? (?:dir |Ihnen )?für (?:Ihre|Deine) Bewerbung", 2),
        (
            BEWERBUNG
            + r" (?:ist )?(?:gut |sicher )?(?:bei uns )?(?:eingegangen|erhalten|angekommen)",
            2,
        ),
    ],
}

NOT_AN_UPDATE_DE: list[tuple[str, int]] = [
    (r"\bJobempfehlung|\bneue Stellenangebote|\bJob-Alert|\bStellenalarm", 3),
    (
        r"\bAbwesenheitsnotiz|\bnicht im Büro|\bbin (?:bis|ab) .{0,30} (?:nicht "
        r"erreichbar|abwesend)",
        3,
    ),
    (r"\bUmfrage\b|\bNewsletter\b|\babmelden\b", 2),
]
