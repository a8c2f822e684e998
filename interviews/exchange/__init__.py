"""Moving a job search in and out: the spreadsheet import, the JSON backup and its
restore. An app without models: it reads and writes the core's and the features' records
(``registry`` lists them)."""
