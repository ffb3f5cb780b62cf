"""The closed sets of the schema, and the names of the store's collections.

Kept apart from the pydantic models so that code reading a validated store needs no pydantic.
"""

from __future__ import annotations

from enum import Enum

SCHEMA_VERSION = 1


class Rank(str, Enum):
    """Wikidata-style rank of one side of a conflict."""

    preferred = "preferred"
    normal = "normal"
    deprecated = "deprecated"


class OrganisationKind(str, Enum):
    government_body = "government-body"
    party = "party"
    legislature = "legislature"
    international_organisation = "international-organisation"
    economic_union = "economic-union"
    regional_grouping = "regional-grouping"
    forum = "forum"
    news_agency = "news-agency"
    treaty = "treaty"


class EventKind(str, Enum):
    """Kinds of event, in the order they happen within a day (the timeline sorts by it)."""

    independence = "independence"
    recognition = "recognition"
    diplomatic_relations = "diplomatic-relations"
    phone_call = "phone-call"
    visit = "visit"
    ceremony = "ceremony"
    exhibition = "exhibition"
    talks = "talks"
    signing = "signing"
    reception = "reception"
    invitation = "invitation"


class TradeMeasure(str, Enum):
    two_way_yearly = "two-way-trade"
    two_way_yearly_average = "two-way-trade-yearly-average"


class AgreementKind(str, Enum):
    joint_statement = "joint-statement"
    cooperation_documents = "cooperation-documents"
    free_trade_agreement = "free-trade-agreement"
    treaty = "treaty"
    visa_policy = "visa-policy"
    mechanism = "mechanism"


class AgreementStatus(str, Enum):
    in_force = "in-force"
    signed = "signed"
    under_negotiation = "under-negotiation"
    agreed_in_principle = "agreed-in-principle"
    proposed = "proposed"


#: Collections whose items are `Record`s (cited, with ids), in the order the store lists them.
RECORD_COLLECTIONS: tuple[str, ...] = (
    "countries",
    "people",
    "organisations",
    "events",
    "trade",
    "product_flows",
    "investments",
    "agreements",
    "statements",
)

#: The singular name a user sees for a record of each collection.
KIND_OF_COLLECTION: dict[str, str] = {
    "sources": "source",
    "countries": "country",
    "people": "person",
    "organisations": "organisation",
    "events": "event",
    "trade": "trade",
    "product_flows": "product-flow",
    "investments": "investment",
    "agreements": "agreement",
    "statements": "statement",
    "conflicts": "conflict",
}
