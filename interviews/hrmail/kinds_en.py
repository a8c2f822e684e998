"""English phrases for each kind of news: a pattern and a weight, 3 for a phrase that says
it outright ("we have decided to move forward with other candidates"), 2 for one that
usually means it, 1 for a hint. ``kinds`` reads them with negation scope; German
phrases are in ``kinds_de``."""

from __future__ import annotations

MEETING = r"(?:interview|call|chat|conversation|meeting|onsite|on-site|video call|phone screen)"
YOUR_APPLICATION = r"(?:your (?:application|candidacy|cv|resume|profile)|you)"

RULES: dict[str, list[tuple[str, int]]] = {
    "rescinded": [
        (
            r"\b(?:terms|offer|agreement|contract)\b[^.]{0,80}\bcan no longer stand\b|"
            r"\b(?:will not|won't|cannot|can't) be issuing (?:the|your|an?) (?:\w+ )?"
            r"(?:agreement|contract|offer)",
            3,
        ),
        (
            r"\b(?:withdr[ae]w|withdrawn|withdrawing|rescind|revok|retract|cancel)\w*\b[^.]{0,40}"
            r"\boffers?\b",
            3,
        ),
        (
            r"\boffer\b[^.]{0,80}\b(?:withdraw|rescind|revoke|retract)\w*|\boffer\b[^.]{0,60}\b"
            r"(?:no longer (?:stands?|valid|available|on the table)|can no longer stand)",
            3,
        ),
        (
            r"\b(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking|retract|pull)\w* "
            r"(?:the|our|your|this|that)(?: \w+){0,3} offer\b",
            3,
        ),
        (
            r"\boffer (?:of employment )?(?:has been|is being|was) (?:withdrawn|rescinded|revoked)",
            3,
        ),
        (
            # the offer made cannot go on: "we are unable to proceed with the offer we
            # extended", "can no longer honour your offer"
            r"\b(?:no longer|unable to|not able to|cannot|can't|can no longer) (?:able to )?"
            r"(?:proceed|move forward|honou?r|extend|go ahead) (?:with )?(?:the|our|your|this) offer",
            3,
        ),
    ],
    "rejected": [
        (
            # "decided to extend the opportunity to a candidate whose background..."
            r"\b(?:extend|offer|give|award)(?:s|ed|ing)? (?:the|this|our|that) (?:[\w-]+ ){0,2}"
            r"(?:opportunity|offer|role|position|job|post|place) to (?:a|another|an other|one|"
            r"the other|a different)\b[^.]{0,30}?\b(?:candidates?|applicants?|persons?|"
            r"individuals?|finalists?|people)\b",
            3,
        ),
        (
            # "we have chosen to continue with a candidate who has more Elixir experience"
            r"\b(?:chosen|decided|opted|elected|choose|decide) to (?:continue|proceed|go (?:on|ahead|"
            r"forward)) with (?:a|another|an other|other|the other|a different)\b[^.]{0,30}?"
            r"\b(?:candidates?|applicants?|persons?|people|profiles?)\b",
            3,
        ),
        (
            # the post is taken: "we've ended up filling the junior designer position
            # internally", "offered the appointment to another candidate"
            r"(?<!to )(?<!help )\b(?:filled|filling)\b (?:the|this|that)(?: [\w-]+){0,3} "
            r"(?:position|role|vacancy|job|post)\b|\b(?:offered|given|awarded) (?:the|this) "
            r"(?:[\w-]+ ){0,2}(?:appointment|post|position|role|job|vacancy|contract) to "
            r"(?:another|a different|someone|the other)",
            3,
        ),
        (
            r"\b(?:offered|offering|given|giving) (?:the )?(?:\w+ ){0,4}(?:role|job|position|post) "
            r"to (?:the other|another|a different|someone else)\b",
            3,
        ),
        (
            r"\b(?:move|moving|go|going|proceed|proceeding|continue|pursue|pursuing|progress|progressing) (?:forward |ahead )?with (?:other|another|a different|more suitable) (?:candidates?|applicants?|people|profiles?)",
            3,
        ),
        (
            r"\b(?:pursue|pursuing|go with|going with|hire|hiring|interview|interviewing) (?:other|another|a different|more suitable) (?:candidates?|applicants?)",
            3,
        ),
        (
            r"\b(?:go|going|gone|went) (?:a different|another|in a different|in another) (?:route|direction|way)",
            3,
        ),
        (
            r"\b(?:position|role|vacancy|job|post) (?:has|have) (?:now )?been filled|"
            r"\b(?:have|'ve|has) (?:now |already )?filled (?:the|this|that) "
            r"(?:position|role|vacancy|job|post)\b",
            3,
        ),
        (
            r"\b(?:hire|hiring|appoint\w*|go with|going with|offer the (?:role|job|position) to) "
            r"(?:someone|somebody|a person|a candidate) (?:whose|who|with)\b",
            3,
        ),
        (
            r"\b(?:appointed|hired|gone with|went with|(?:decided|elected|chosen|opted) to "
            r"(?:hire|appoint|go with|proceed with|move forward with|advance|progress))"
            r"(?: \w+){0,2}? (?:another|other|a different|the other|someone else|a candidate|"
            r"an? (?:internal|external|stronger|more \w+) (?:candidate|applicant))\b",
            3,
        ),
        (
            # "we're going to pass on this one", "we'll pass": not "I'll pass your CV on"
            r"\b(?:we|i)(?:'re| are|'ll| will| have|'ve)? ?(?:going to |gonna |decided to |have to )?"
            r"pass(?: on (?:this|you|the role|this one|this opportunity|your candidacy)\b|"
            r"(?= for now| at this| this time)|\s*[.!]|\s*$)",
            3,
        ),
        (
            r"\b(?:make|made|extend\w*|give|given|offer\w*) (?:an|the|our) (?:[\w-]+ ){0,4}?"
            r"offer to (?:the other|another|a different|someone|one of the other)",
            3,
        ),
        (
            r"\b(?:move|moving|proceed\w*|go|going) forward with (?:the )?(?:candidates?|applicants?|"
            r"others) (?:whose|who)\b|\bno longer (?:being )?considered\b|"
            r"\b(?:position|role|job|post|vacancy)\b[^.]{0,30}\b(?:offered|given|gone) to "
            r"(?:another|a different|someone|other)",
            3,
        ),
        (
            r"\b(?:going|go|gone|went|proceed\w*|move\w* (?:forward|ahead)) with "
            r"(?:someone|somebody) else|\b(?:an internal|a stronger|a more experienced) "
            r"(?:candidate|applicant)",
            3,
        ),
        (
            r"\b(?:other|another|different) (?:candidates?|applicants?|profiles?)\b[^.]{0,40}"
            r"\b(?:more closely|better|more) (?:match|matches|matched|suit|suits|fit|fits|aligned?)",
            3,
        ),
        (r"\bnot (?:a|the right) (?:match|fit)\b", 3),
        (
            r"\b(?:not|n't|unable to|cannot|can't) (?:be )?(?:moving|move|proceed|proceeding|progress|progressing|going|taking|continuing|moving ahead|move ahead)\w* (?:forward |further |ahead )?with "
            + YOUR_APPLICATION,
            3,
        ),
        (r"\b(?:won't|will not|not) be (?:moving|taking) (?:ahead|forward|further)", 3),
        (
            r"\b(?:won't|will not|not) be (?:progressing|proceeding|continuing) (?:further )?with "
            + YOUR_APPLICATION,
            3,
        ),
        (
            r"\b(?:cannot|can't|unable to|not able to|will not|won't) (?:consider|progress|take) "
            + YOUR_APPLICATION
            + r"(?: any)? further",
            3,
        ),
        (r"\b(?:have|has|were|was|are) not (?:been )?(?:successful|selected|shortlisted)", 3),
        (r"\b(?:you were|you have been|you've been) unsuccessful", 3),
        (r"\bunsuccessful (?:on this occasion|at this time)", 3),
        (r"\b(?:offered|given) the (?:position|role|job) to (?:another|a different|someone)", 3),
        (
            r"\b(?:chosen|selected|hired|decided on) (?:another|a different|an?(?:other)?) (?:candidate|applicant|person)",
            3,
        ),
        (r"\b(?:decided|decision) not to (?:proceed|move forward|progress|continue|offer)", 3),
        (r"\bnot (?:been )?selected (?:for|to)", 3),
        (r"\b(?:will not|won't) be (?:offering|extending|making (?:you )?an offer)", 3),
        (
            # the choice is already made: "we've chosen to pursue candidates whose...",
            # "decided to focus on other profiles"
            r"\b(?:chosen|chose|decided|elected|opted) to (?:pursue|proceed with|progress|focus on|"
            r"move forward with|continue with|go with) (?:other |different |alternative |"
            r"more suitable )?(?:candidates?|applicants?|profiles?)\b|"
            r"\bfocus(?:ing)? on (?:other|different|alternative) (?:candidates?|applicants?|profiles?)",
            3,
        ),
        (
            r"\b(?:does not|doesn't|did not|didn't|do not|don't) (?:quite |fully |closely enough )?"
            r"(?:match|meet|align with|fit)\b[^.]{0,30}\b(?:requirements|criteria|needs)\b",
            3,
        ),
        (
            r"\b(?:decided to |will |have |'ve )?clos(?:e|ed|ing)(?: out)? your (?:application|"
            r"candidacy)|\b(?:role|position|vacancy|requisition|job opening|job) (?:has been|was|"
            r"is now|have been) (?:closed|cancell?ed|canceled|withdrawn)\b",
            3,
        ),
        (
            r"\bnot (?:good|the best) news\b|\bnot the (?:outcome|answer|result|news) "
            r"(?:you were|you'd|you had|you) (?:hoping|hoped)",
            3,
        ),
        (
            r"\b(?:another|other|a different) (?:candidates?|applicants?|person)\b[^.]{0,40}"
            r"\b(?:closer|better|stronger|more suitable|more relevant) (?:fit|match)",
            3,
        ),
        (r"\b(?:not|n't) be (?:inviting|taking|progressing|moving|advancing) you\b", 3),
        (r"\bregret to (?:inform|tell|let) you", 1),
        (r"\bunfortunately\b", 1),
    ],
    "offer_written": [
        (r"\b(?:offer letter|contract(?: of employment)?|offer) (?:is )?(?:attached|enclosed)", 3),
        (
            r"\battached (?:is |are |please find )?(?:your|the) (?:\w+ ){0,2}(?:offer|contract)\b",
            3,
        ),
        (r"\bfind (?:attached )?your (?:formal |official )?(?:offer letter|contract)", 3),
        (
            r"\b(?:review|sign|accept)(?: and (?:sign|return|accept))? (?:and return )?your offer(?: letter)?",
            3,
        ),
        (r"\bdocusign\b.*\boffer|\boffer letter\b.*\bdocusign|please docusign: offer", 3),
        (
            r"\b(?:share|send|attach)(?:ing)? (?:with you |you )?your (?:formal |official |written )?"
            r"(?:offer letter|offer|contract)\b|\bready for your (?:e-?)?signature\b",
            3,
        ),
    ],
    "offer_verbal": [
        (
            # "we'd love you to join Halden & Pike as Lead Developer": a place offered, not
            # a visit ("join us for a second interview")
            r"\b(?:love|like|want) (?:for )?you to join\b[^.]{0,40}? as\b(?![^.]{0,30}"
            r"\b(?:guest|interview|observer))",
            3,
        ),
        (
            r"\b(?:like|want|wants|pleased|delighted|thrilled|happy|excited) to (?:formally )?offer you\b",
            3,
        ),
        (r"\bextend(?:ing)? (?:to )?(?:you )?(?:an|a formal|a verbal|the) offer", 3),
        (r"\b(?:offer you the|an offer for the) (?:\w+ ){0,4}(?:position|role|job)", 3),
        (r"\bconditional offer|offer of employment", 2),
        (r"\b(?:love|like|want) (?:for )?you to join (?:us|the team|our team|[\w&.-]+) as\b", 3),
        (r"\b(?:want|wants|would like) to (?:make you an|offer you)", 3),
        (
            r"\b(?:love|like|delighted|pleased|happy|excited) to (?:have you join|welcome you to) (?:us|the team|our team)(?: as\b| full[- ]time|[.!])|\bwelcome you (?:aboard|on board)",
            3,
        ),
    ],
    "cancelled": [
        (r"^(?:canceled|cancelled|abgesagt|event cancelled|invitation cancelled)\b\s*:", 3),
        (
            r"\b(?:interview|call|meeting|appointment|conversation|event)\b[^.]{0,60}?\b"
            r"(?:has|have|had) (?:been|to be) cancell?ed",
            3,
        ),
        (r"\b(?:need|have|had|must) to cancel (?:\S+ ){0,2}" + MEETING, 3),
        (
            r"\b(?:take|taking|took|taken) (?:your|the|our) (?:\w+ ){0,2}"
            + MEETING
            + r"\b.{0,60}\boff (?:the|our|your) calendar",
            3,
        ),
    ],
    "rescheduled": [
        (r"\b(?:has|have|had) (?:been|to be) (?:rescheduled|moved|postponed|rearranged|pushed)", 3),
        (
            r"\b(?:move|moving|rearrange|rearranging|reschedule|rescheduling|push|pushing|shift) (?:your|our|the|tomorrow's|today's) (?:\w+ ){0,2}"
            + MEETING,
            3,
        ),
        (r"\bneed to (?:reschedule|rearrange|postpone)", 3),
        (r"\b(?:reschedul|rearrang|postpon)\w* (?:\S+ ){0,2}" + MEETING, 3),
        (r"\binterview rescheduled|event has been rescheduled|^updated: ", 3),
    ],
    "references_requested": [
        (
            r"\b(?:need|needs|require|requires|ask(?:ing)? for|request\w*)\b[^.]{0,40}"
            r"\b(?:referees?|references|reference (?:details|contacts))\b",
            3,
        ),
        (
            r"\b(?:send|provide|share|nominate|give|list|details of|contact details)\b.{0,60}\b(?:references|referees)\b",
            3,
        ),
        (r"\breference checks?\b|\b(?:requested|request) (?:your )?references", 3),
        (r"\bnominate (?:your )?referees", 3),
        # "the next step for us is references", "we would like to contact two references",
        # "pop across the names of two people who have managed you"
        (r"\bnext step\b[^.]{0,30}\b(?:is|are|will be|would be)\b[^.]{0,20}\breferences?\b", 3),
        (
            r"\b(?:contact|speak to|reach out to|take up|check|call)\b[^.]{0,30}"
            r"\b(?:references|referees)\b",
            3,
        ),
        (r"\bnames?\b[^.]{0,40}\bpeople who (?:have )?(?:managed|supervised|line[- ]managed)\b", 3),
        (
            r"\b(?:speak|talk) (?:to|with) (?:\w+ ){0,3}(?:people|colleagues|managers?) (?:you(?:'ve| have) worked|who (?:know|have worked|managed))",
            3,
        ),
    ],
    "assessment": [
        (
            r"\bnext step\b[^.]{0,40}\b(?:is|will be|would be)\b[^.]{0,30}\b(?:exercise|assignment|"
            r"challenge|task|test|assessment|case study)\b",
            3,
        ),
        (
            # (a "coding exercise" or "case study" inside an interview is the interview)
            r"\b(?:take-home|take home|practical) (?:exercise|task|assignment|challenge|test)\b",
            3,
        ),
        (
            r"\b(?:ask|asking|require|requiring)\w* (?:all )?(?:applicants|candidates|you)\b.{0,30}"
            r"\bto (?:complete|take|do|write|prepare|sit)\b.{0,40}\b(?:exercises?|tests?|tasks?|"
            r"assignments?|memos?|case stud(?:y|ies)|presentations?|essays?)\b",
            3,
        ),
        (
            r"\b(?:are|been|now) (?:now )?invited to (?:take|complete|sit|do)\b.{0,60}"
            r"\b(?:tests?|assessments?|exercises?|challenges?|tasks?)\b",
            3,
        ),
        (
            r"\b(?:invited? you to|invites you to|like you to|asked? you to|please|you to) (?:take|complete|do|sit|attempt|work on|prepare)\b.{0,60}\b(?:tests?|assessments?|exercises?|challenges?|tasks?|take-home|assignments?|case study|case studies|work samples?)\b",
            3,
        ),
        (
            r"\b(?:take-home|take home|coding|technical|online|psychometric|reasoning|written) (?:exercise|assignment|test|assessment|challenge)s?\b.{0,40}\b(?:complete|deadline|due|submit|within|by)\b",
            2,
        ),
        # work to hand in: "submit your solution", "send us your completed exercise"; not
        # work handed in ("thanks for submitting your solution")
        (
            r"\b(?:submit|send|return|upload) (?:us |back )?(?:your|the) (?:completed )?"
            r"(?:solution|answers|exercise|assignment|task|take-home)s?\b",
            3,
        ),
        (r"\b(?:hackerrank|codility|codesignal|testgorilla|coderbyte|shl)\b", 1),
    ],
    "on_hold": [
        (r"\b(?:put|placed|is|are|be) on hold\b|\bon hold (?:for now|while|until)", 3),
        (
            r"\bon ice\b|\b(?:stop|pause|halt)\w* (?:all )?scheduling\b|\bjust pausing\b",
            3,
        ),
        # A step that waits for a decision above the hiring team: "until the new structure
        # is signed off, we can't run the final stage"
        (
            r"\b(?:until|till|unless)\b[^.]{0,80}\b(?:signed off|approved|finali[sz]ed|"
            r"confirmed|agreed|in place|released|settled)\b[^.]{0,60}\b(?:can't|cannot|can not|"
            r"unable|won't|will not|aren't able|are not able)\b",
            2,
        ),
        (
            r"\b(?:role|position|vacancy|hiring|recruitment|process|search)\b[^.]{0,30}\b(?:is|has been|"
            r"was|are) (?:\w+ )?(?:frozen|paused|suspended)\b",
            3,
        ),
        (
            r"\b(?:paused?|pausing|freeze|freezing|suspend\w*) (?:all |our |the |this )?(?:\w+ ){0,2}(?:search|hiring|recruitment|recruiting|process)\b|\bhiring freeze|\bpausing (?:recruitment|hiring|the process)|\b(?:recruitment|hiring|process|campaign) (?:has been |is )?(?:temporarily )?(?:paused|suspended|frozen)",
            3,
        ),
        (
            r"\btemporarily suspended|\b(?:decision|process|timeline|hiring|recruitment)\b[^.]{0,50}"
            r"\b(?:has been|is|are|was|will be|have been) (?:\w+ ){0,2}(?:delayed|postponed|pushed back)",
            3,
        ),
        (r"\b(?:still|are) (?:finalising|finalizing|waiting on|waiting for)\b", 1),
    ],
    "invited": [
        # "you have been shortlisted for an interview": the interview is the news
        (r"\bshort-?listed for (?:an? |the |your )?(?:[\w-]+ ){0,2}interview", 3),
        (
            # the slot is set: "I've locked in the technical interview with Sam", "we are
            # pleased to schedule your Technical Round 1"
            r"\b(?:locked in|booked(?: in)?|confirmed|scheduled|set up|lined up|arranged|"
            r"pencil+ed in|schedule) (?:the|your|a|an)(?: [\w-]+){0,3} (?:round|"
            + MEETING
            + r")\b",
            3,
        ),
        (r"\binvit(?:e|ing) you (?:back |in |along )?(?:to|for) (?:\S+ ){0,4}" + MEETING, 3),
        (r"\binvitation to (?:an? )?(?:\w+ )?" + MEETING, 3),
        (
            r"\b(?:like|love|want|keen) to (?:set up|schedule|arrange|book|organise|organize) (?:a |an |your |some )?(?:\S+ ){0,3}"
            + MEETING,
            3,
        ),
        (
            r"\b(?:are you|would you be) (?:available|free) (?:for|to) (?:a |an )?(?:\S+ ){0,2}"
            + MEETING,
            3,
        ),
        (
            r"\b(?:want|wants|would like|'d like|'d love|would love|keen) to (?:meet|speak (?:with|to)|"
            r"talk (?:with|to)|chat (?:with|to)) you\b",
            2,
        ),
        (
            r"\b"
            + MEETING
            + r"(?: with [^.]{0,60})? (?:is|has been) (?:confirmed|scheduled|booked|arranged|set up|"
            r"organi[sz]ed)",
            3,
        ),
        (r"\b(?:your event has been scheduled|interview confirmation|^confirmed: )", 3),
        (
            r"\b(?:share|send|let us know) (?:me |us )?your availability|select (?:your )?availability",
            2,
        ),
        (r"\bpleased to invite you", 3),
        (r"\bconfirm(?:ing)? (?:your|the|our) (?:\w+ ){0,2}" + MEETING, 3),
        (r"\b(?:choose|pick|select|book|grab) (?:a|your|an?) (?:\w+ )?(?:time|slot|date)\b", 3),
        (
            r"\b(?:are you|would you be|you'd be) (?:up for|keen on|interested in|happy to do) "
            r"(?:a |an )?(?:\S+ ){0,3}" + MEETING,
            3,
        ),
        (r"\b(?:booked|scheduled|pencil?led) you in (?:for|on)\b", 3),
        (r"\b(?:have|bring|get) you (?:back )?in (?:for|to) (?:\S+ ){0,3}" + MEETING, 3),
        (r"\b(?:you're|you are) (?:all )?set for (?:your|the|a|an) (?:\S+ ){0,2}" + MEETING, 3),
        (
            r"\b(?:you're|you are) (?:confirmed|booked|scheduled) for (?:a|an|your) (?:\S+ ){0,2}"
            + MEETING,
            3,
        ),
        (
            r"\b(?:come in|come along|come to our (?:office|offices|site))\b.{0,60}\b(?:meet|interview)",
            3,
        ),
        (
            r"\bsent (?:you )?(?:a |an )?(?:microsoft |google )?(?:teams|zoom|meet|calendar|meeting) invit",
            3,
        ),
    ],
    "moving_forward": [
        (
            r"\b(?:been|were|was) successful (?:at|in) (?:the )?(?:[\w-]+ ){0,2}(?:stage|sift|"
            r"round|screening|assessment)|\bpassed (?:the )?(?:[\w-]+ ){0,2}(?:stage|sift|round|"
            r"screening)\b|\bmet the (?:required )?standard\b",
            3,
        ),
        (
            r"\b(?:move|moving|take|taking|advance|advancing|progress|progressing) you "
            r"(?:forward|on|through|further|to)\b",
            3,
        ),
        (r"\b(?:move|moving) forward with your (?:candidacy|application)", 3),
        (
            r"\bprogress(?:ing)? your application|\btake (?:things|your application) (?:forward|further)",
            3,
        ),
        (
            r"\b(?:like|love|want|wants) to see you (?:again|for (?:a|an|the) (?:\w+ )?(?:round|interview|stage))",
            3,
        ),
        (r"\b(?:have|'ve) progressed to|through to the (?:next|second|final) (?:stage|round)", 3),
        (r"\b(?:have been|you've been|you are|you're|were) (?:shortlisted|short-listed)\b", 3),
        # "you have cleared the Technical Round - 2", "made it through the first stage"
        (
            r"\b(?:cleared|got through|made it through|qualified in)\b (?:the |our |your )?"
            r"(?:[\w-]+ ){0,3}(?:round|stage|interview|assessment|test)\b",
            3,
        ),
        (r"\b(?:include|included|put|placed|add|added) you on (?:the|our) short-?list\b", 3),
        (r"\b(?:next|second|final) (?:stage|round)\b", 1),
    ],
    "acknowledged": [
        # "CV and portfolio both came through fine", "your application arrived safely"
        (
            r"\b(?:CV|résumé|resume|application|portfolio|documents|cover letter)s?\b[^.]{0,40}"
            r"\b(?:came through|arrived|got here|reached us)\b",
            2,
        ),
        (r"\b(?:received|receipt of) your (?:application|cv|resume)", 2),
        (
            r"\bthank(?:s| you) (?:so much |a lot )?for (?:applying|your application|submitting your application)",
            2,
        ),
        (r"\bapplication (?:has been |was )?(?:successfully )?(?:submitted|received)\b", 2),
        (r"\b(?:we|i)(?: have|'ve) received (?:it|your)", 2),
        (r"\b(?:passed|forwarded|shared) your (?:cv|resume|application)", 2),
        (r"\bapplication (?:submitted|received|confirmation)", 2),
        (
            r"\b(?:got|have) your (?:application|cv|resume)\b|\bapplication (?:for [^.]{0,60} )?is in\b",
            2,
        ),
    ],
}
