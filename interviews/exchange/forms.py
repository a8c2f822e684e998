"""The spreadsheet import's forms: the file, then which column holds what."""

from __future__ import annotations

from django import forms

from interviews.exchange import restore
from interviews.exchange.likely import CHOICES as LIKELY_CHOICES
from interviews.exchange.mapping import DAY_FIRST, MONTH_FIRST, REQUIRED, TARGETS
from interviews.exchange.spreadsheet import MAX_BYTES
from interviews.forms import CrispyMixin
from interviews.vocabulary import KEEP_AS_NOTE, MEANINGS, words

NOT_IN_FILE = ""


class SpreadsheetUploadForm(CrispyMixin, forms.Form):
    spreadsheet = forms.FileField(
        label="Spreadsheet (.csv)",
        help_text=(
            "In Google Sheets: File › Download › Comma-separated values. In Excel: "
            "File › Save as › CSV UTF-8. Nothing is saved until you confirm the preview."
        ),
    )

    def clean_spreadsheet(self):
        upload = self.cleaned_data["spreadsheet"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                "This file is over 10 MB. Save fewer columns or split it in two."
            )
        return upload


class ColumnsForm(CrispyMixin, forms.Form):
    """For each of our fields, the spreadsheet column that holds it (or none)."""

    date_order = forms.ChoiceField(
        label="Dates written like 03/04/2026 mean",
        choices=[(DAY_FIRST, "3 April (day first)"), (MONTH_FIRST, "March 4 (month first)")],
        help_text="ISO dates (2026-04-03), written months and Excel's day numbers read either way.",
    )

    def __init__(self, *args, header: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(NOT_IN_FILE, "— not in the file —")] + [
            (str(index), name) for index, name in enumerate(header)
        ]
        for name, (label, _) in TARGETS.items():
            self.fields[name] = forms.ChoiceField(
                label=label, choices=choices, required=name in REQUIRED
            )
            if name in REQUIRED:
                self.fields[name].error_messages["required"] = (
                    f"Pick the column with the {label.lower()}: every application needs one."
                )
        self.order_fields([*TARGETS, "date_order"])

    def clean(self):
        cleaned = super().clean()
        used: dict[str, str] = {}
        for name in TARGETS:
            column = cleaned.get(name)
            if column and column in used:
                self.add_error(
                    name, f"That column is already used for {TARGETS[used[column]][0].lower()}."
                )
            elif column:
                used[column] = name
        return cleaned

    def columns(self) -> dict[str, int | None]:
        return {
            name: int(self.cleaned_data[name]) if self.cleaned_data[name] else None
            for name in TARGETS
        }


class StatusWordsForm(forms.Form):
    """On the preview: what each status word the vocabulary does not know means, so that
    the rows are read without editing the spreadsheet. ``unknown``: (word, rows)."""

    def __init__(self, *args, unknown: list[tuple[str, int]], chosen: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.unknown = unknown
        for index, (word, count) in enumerate(unknown):
            field = forms.ChoiceField(
                label=f"“{word}” ({count} row{'s' if count != 1 else ''}) means",
                choices=list(MEANINGS.items()),
                initial=chosen.get(words(word), KEEP_AS_NOTE),
            )
            field.error_messages["invalid_choice"] = (
                f"Choose one of the meanings offered for “{word}”."
            )
            field.error_messages["required"] = f"Choose what “{word}” means."
            self.fields[f"status_{index}"] = field

    def chosen(self) -> dict[str, str]:
        """The person's choices, by the word's folded words."""
        return {
            words(word): self.cleaned_data[f"status_{index}"]
            for index, (word, _) in enumerate(self.unknown)
        }


class LikelyForm(forms.Form):
    """On the preview: for each row that looks like an application the person has, skip
    it, merge it into that one, or add it as a separate one. ``likely``: the preview's."""

    def __init__(self, *args, likely: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.likely = likely
        for found in likely:
            row = found.row
            field = forms.ChoiceField(
                label=(
                    f"Row {row.number}, “{row.fields['company']}, {row.fields['role']}”, "
                    f"looks like “{found.tracked}”, which you have"
                ),
                choices=list(LIKELY_CHOICES.items()),
                initial=found.choice,
            )
            field.error_messages["invalid_choice"] = (
                f"Choose skip, merge or add for row {row.number}."
            )
            field.error_messages["required"] = f"Choose what to do with row {row.number}."
            self.fields[f"row_{row.number}"] = field

    def chosen(self) -> dict[str, str]:
        """The person's choices, by row number (as text: they are kept as JSON)."""
        return {
            str(found.row.number): self.cleaned_data[f"row_{found.row.number}"]
            for found in self.likely
        }


class BackupUploadForm(CrispyMixin, forms.Form):
    backup = forms.FileField(
        label="Backup file (.json or .zip)",
        help_text="Records already in your account stay as they are; the rest is added.",
    )

    MAX_BYTES = restore.MAX_BYTES

    def clean_backup(self):
        upload = self.cleaned_data["backup"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(
                "This file is over 50 MB, far larger than any backup of a job search. "
                "Check that it is the right file."
            )
        return upload
