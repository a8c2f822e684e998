"""What a new application takes from its posting (the core's form, filled in)."""

from __future__ import annotations

from interviews.models import EmploymentType, WorkMode
from interviews.postings.models import Posting

# schema.org's employmentType words that say the contract, and ours for them; the others
# (FULL_TIME, PART_TIME) say the hours, which the application does not record.
CONTRACTS = {"CONTRACTOR": EmploymentType.CONTRACT, "TEMPORARY": EmploymentType.CONTRACT}


def application_initial(posting: Posting) -> dict[str, str]:
    kinds = {kind.strip().upper() for kind in posting.employment_type.split(",")}
    contract = next((CONTRACTS[kind] for kind in sorted(kinds) if kind in CONTRACTS), "")
    return {
        "company": posting.company[:200],
        "role": posting.title[:200],
        "location": posting.location[:200],
        "job_url": posting.address if len(posting.address) <= 500 else "",
        "work_mode": WorkMode.REMOTE if posting.remote else "",
        "salary": posting.pay_words()[:100],
        "employment_type": contract,
    }
