"""From atomic verdicts to the sentence's: the pipeline's last stage, and its driver.

A text is cleaned and split into sentences (`frame`); a sentence that could be read two ways
(`03/06/2025`) is checked both ways; a sentence is split into atomic claims, each checked alone,
and their verdicts aggregated:

* any atomic claim contradicted → contradicted;
* every one supported → supported;
* some supported, the rest unverified → partly-supported;
* none supported → unverified."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from kgvn.check.compare.again import repeated
from kgvn.check.compare.ahead import ahead, other_stage
from kgvn.check.compare.as_role import role_in_front
from kgvn.check.compare.audience import other_meeting
from kgvn.check.compare.daytime import by_month, by_time_of_day
from kgvn.check.compare.host import host_side
from kgvn.check.compare.intervals import dated_list, dated_sides
from kgvn.check.compare.objects import unnamed_person
from kgvn.check.compare.offdates import off_dates
from kgvn.check.compare.order import Relations, to_come
from kgvn.check.compare.other_act import other_act
from kgvn.check.compare.others import other_country
from kgvn.check.compare.prior import Prior
from kgvn.check.compare.roles import PersonPlaces
from kgvn.check.compare.setting import occasion_tied, setting_tied
from kgvn.check.compare.share_guard import share
from kgvn.check.compare.speakers import attributed
from kgvn.check.compare.spoke import judgement_said, talks_said
from kgvn.check.compare.spreading import spread_verdict
from kgvn.check.compare.weekdays import compare, weekday
from kgvn.check.frame.apart import elided_by, yearly_figures
from kgvn.check.frame.atoms import atoms, clean, readings, sentences
from kgvn.check.frame.capitals import ascii_capitals, restored
from kgvn.check.frame.clauses import actors, deadline, intends
from kgvn.check.frame.extras import concessions, dated_details, left_open_part, uncounted
from kgvn.check.frame.metonyms import plain_names
from kgvn.check.frame.participles import _past, active_voice, fronted_invitation
from kgvn.check.frame.pronouns import lead_it, own_visit, paired, resolved, visit_owned
from kgvn.check.frame.recast import (
    invitation_as_visit,
    one_way_passive,
    passive_invitation,
    recast,
    refusal,
)
from kgvn.check.frame.sequence import order_claim
from kgvn.check.frame.splits import it_took
from kgvn.check.frame.spread import besides, gapped, without_both
from kgvn.check.frame.tails import own_clause, tails, with_subject
from kgvn.check.frame.title_of import titles_first
from kgvn.check.frame.titled import fronted_title
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.text import fold


def aggregate(claim: str, results: list[CheckResult]) -> CheckResult:
    """One verdict for a sentence from its atomic claims' verdicts."""
    verdicts = [result.verdict for result in results]
    contradicted = [r for r in results if r.verdict is Verdict.contradicted]
    supported = [r for r in results if r.verdict is Verdict.supported]
    open_ = [r for r in results if r.verdict not in (Verdict.contradicted, Verdict.supported)]
    if contradicted:
        verdict = Verdict.contradicted
        explanation = " ".join(f"“{r.claim}”: {r.explanation}" for r in contradicted)
    elif all(verdict is Verdict.supported for verdict in verdicts):
        verdict = Verdict.supported
        explanation = f"The record supports each of its {len(results)} claims."
    elif supported or Verdict.partly_supported in verdicts:  # a half-true part: half true
        verdict = Verdict.partly_supported
        explanation = (
            f"The record supports {len(supported)} of its {len(results)} claims; it does not "
            "decide " + "; ".join(f"“{r.claim}” ({r.explanation})" for r in open_)
        )
    else:
        verdict = Verdict.unverified
        explanation = "The record decides none of its claims: " + " ".join(
            r.explanation for r in results
        )
    parts: list[PartResult] = [part for result in results for part in result.parts]
    records: dict[str, MatchedRecord] = {}
    for result in results:
        for record in result.records:
            records.setdefault(record.id, record)
    return CheckResult(claim, verdict, explanation, parts, list(records.values()), atoms=results)


def _when_or_where(split: CheckResult) -> bool:
    """Whether every doer's own record gives another day or place than the claim: a list of
    doers that acted together would still have acted on the day and at the place claimed."""
    differing = [
        {part.kind for part in atom.parts if part.status is Status.differs} for atom in split.atoms
    ]
    return all(kinds and kinds <= {"date", "year", "place", "weekday"} for kinds in differing)


#: The parts a detail may give otherwise than the fact (`Pipeline._dated`).
_ELSEWHERE_KINDS = frozenset({"date", "year", "place"})
#: A short clause whose object is only someone's noun, with nothing after it.
_LEANING = re.compile(r"^(?:[\w’'-]+\s+){1,4}(?:his|her|its|their)\s+[\w-]+[.!?]?$")


@dataclass
class Pipeline:
    """Runs frame → (retrieve, compare) → verdict with the checker's own atomic check."""

    check_atom: Callable[[str], CheckResult]
    closest: Callable[[str, list[str]], list[MatchedRecord]]
    verbs: frozenset[str]
    places: PersonPlaces | None = None
    #: A record's date and end date by its id, for a weekday the claim gives with no date.
    span_of: Callable[[str], tuple[str, str | None] | None] | None = None
    #: Order across records and roles turned round (`order`).
    relations: Relations | None = None
    #: Denials bounded by "before" (`prior`).
    prior: Prior | None = None
    #: The people a doer named in the text may be compared with ("only A did X"), by name.
    peers: Callable[[str], list[str]] | None = None
    #: What a name is: "person" (one on record), "place" (a country or city), or None.
    kind_of: Callable[[str], str | None] = lambda _: None
    #: Whether a person the result's records act on is named elsewhere in the sentence.
    acted_on_named: Callable[[str, CheckResult], bool] = lambda _, __: True

    def check(self, text: str) -> CheckResult:
        cleaned = clean(text)
        found = sentences(cleaned)
        if len(found) > 1:
            said = resolved(found, self.verbs)  # 'It reached …': the subject before
            results: list[CheckResult] = []
            for sentence, read in zip(found, said, strict=True):
                # 'The two leaders then …': the two the sentence before named
                read = paired(read, results[-1]) if results else read
                if results:  # 'The visit runs …': whose, from the sentence before
                    read = visit_owned(read, results[-1].claim, results[-1])
                results.append(replace(self._sentence(read), claim=sentence))
            result = aggregate(text, results)
        else:  # 'The visit, …, is the first by a premier': the premier's
            result = replace(self._sentence(own_visit(cleaned)), claim=cleaned)
        shown = [record.id for record in result.records]
        # the passages nearest to what the record did not decide come first
        open_parts = [atom.claim for atom in result.atoms if atom.verdict is not Verdict.supported]
        nearby: dict[str, MatchedRecord] = {}
        nearest = [self.closest(part, shown) for part in [*open_parts, cleaned]]
        for rank in range(3):
            for records in nearest:
                if rank < len(records):
                    nearby.setdefault(records[rank].id, records[rank])
        return replace(result, claim=text, closest=list(nearby.values())[:3])

    def _sentence(self, sentence: str) -> CheckResult:
        """One sentence, read with its names' non-ASCII capitals plain ('Định' as 'Dinh') and
        shown as written."""
        plain, words = ascii_capitals(sentence)
        if not words:
            return self._read(sentence)
        return replace(restored(self._read(plain), words), claim=sentence)

    def _read(self, sentence: str) -> CheckResult:
        read = readings(sentence)
        if len(read) == 1:
            return self._decomposed(sentence)
        first, second = (self._decomposed(reading.text) for reading in read)
        notes = f"{read[0].note}; {read[1].note}"
        if first.verdict is second.verdict:
            return replace(
                first,
                claim=sentence,
                explanation=f"{first.explanation} ({notes}: the verdict is the same.)",
            )
        return CheckResult(
            sentence,
            Verdict.unverified,
            f"The date may be read two ways ({notes}): {first.verdict.value} one way, "
            f"{second.verdict.value} the other, and the claim does not say which is meant.",
            [*first.parts, *second.parts],
            [*first.records, *second.records],
        )

    def _atom(self, claim: str) -> CheckResult:
        """One atomic claim; one that names a list of actors, for each actor when undecided."""
        said = weekday(claim) if self.span_of else None
        if said is not None and self.span_of is not None:
            basis = self._atom(said.without)
            spans = [span for record in basis.records if (span := self.span_of(record.id))]
            judged = compare(said, basis, spans)
            if judged is not basis or basis.verdict is Verdict.contradicted:
                # wrong without its weekday ('on Monday, 18 February' for the 17th): wrong with it
                return replace(judged, claim=claim)
        result = repeated(other_meeting(share(ahead(to_come(off_dates(self.check_atom(claim)))))))
        result = other_stage(result)
        result = other_country(result)
        result = self.relations.subordinate(result) if self.relations else result
        if self.prior is not None:
            result = self.prior.recheck(claim, result)
        due = deadline(claim)
        if due is not None and result.verdict is not Verdict.unverified:
            return replace(
                result,
                verdict=Verdict.unverified,
                explanation=f"The claim sets a deadline ({due}); the record gives none to "
                f"compare with ({result.explanation})",
            )
        if result.verdict is Verdict.contradicted and intends(claim):
            return replace(
                result,
                verdict=Verdict.unverified,
                explanation="The claim gives a figure someone means to reach; the record states "
                f"only what was reached ({result.explanation})",
            )
        if result.verdict is Verdict.supported and self.span_of is not None:
            # "in May": a bare month the parser leaves unread, yet the record dates otherwise
            result = host_side(by_month(self.check_atom, self.span_of, result) or result)
        if result.verdict is Verdict.supported and self.places is not None:
            return self.places.misplaced(result)
        if result.verdict is not Verdict.unverified:
            return result
        found = actors(without_both(claim))
        if found is None:
            return self._wrong_person(result)
        each, objects = found
        # each doer's piece keeps the whole's occasion ('X and Y met at a summit in 2024')
        pieces = [self._detail(piece, other_meeting(self.check_atom(piece))) for piece in each]
        split = aggregate(claim, pieces)
        if not objects and self.places is not None:
            stood = self.places.stand_in(split.atoms)
            if stood is not None:
                return replace(stood, claim=claim)
        if split.verdict is Verdict.contradicted and not objects:
            # a doer the record gives another role is a contradiction only when another of
            # the list holds that role: else the sentence may be about something it lacks
            decided = any(atom.verdict is Verdict.supported for atom in split.atoms)
            return split if decided or _when_or_where(split) else self._wrong_person(result)
        # doers named together may have acted together ("Ann and Bo held talks"), which the
        # record of each alone does not show; the people a verb acts on are each a claim
        if objects and split.verdict is not Verdict.unverified:
            return split
        return self._wrong_person(result)

    def _leaning(self, piece: str) -> CheckResult:
        """A clause after the first; one that leans on it ('and Bo voiced his backing': backing
        of what?) says too little alone to be decided by a record that only shares its words."""
        result = self._atom(piece)
        if result.verdict is Verdict.unverified or not _LEANING.match(piece):
            return result
        return replace(
            result,
            verdict=Verdict.unverified,
            explanation="The clause points back to the one before it; alone it says too little "
            "to check.",
            parts=[],
            records=[],
            closest=[*result.records, *result.closest],
        )

    def _wrong_person(self, result: CheckResult) -> CheckResult:
        """An undecided claim that puts the wrong person where the record has another, or two
        people in each other's places."""
        wrong = self.places.wrong_person(result.claim) if self.places else None
        if wrong is None and self.relations is not None:
            wrong = (
                self.relations.turned(result)
                or self.relations.by_mode(result)
                or self.relations.talked(result.claim)
                or self.relations.by_place(result)
                or by_time_of_day(self.check_atom, result)
                or (by_month(self.check_atom, self.span_of, result) if self.span_of else None)
            )
        return wrong or result

    def _decomposed(self, sentence: str) -> CheckResult:
        said = judgement_said(talks_said(sentence))
        said = active_voice(fronted_invitation(attributed(plain_names(lead_it(said)))))
        if said != sentence:
            read = self._decomposed(said)
            if read.verdict is Verdict.unverified and self.relations is not None:
                read = self.relations.talked(sentence) or read  # 'spoke with B': a meeting too
            return setting_tied(sentence, replace(read, claim=sentence))
        recast_ = it_took(sentence) or recast(sentence)
        if recast_ != sentence:
            return replace(self._decomposed(recast_), claim=sentence)
        fronted = role_in_front(sentence)  # '… in 2014 as prime minister': a title held then
        if (
            fronted is not None
            and (read := self._decomposed(fronted)).verdict is Verdict.contradicted
        ):
            return replace(read, claim=sentence)
        titled = titles_first(sentence)  # 'as Chairman of the Senate': 'as Senate Chairman'
        if (
            titled != sentence
            and (read := self._decomposed(titled)).verdict is Verdict.contradicted
        ):
            return replace(read, claim=sentence)  # a title the store may write with 'of' too
        whole = titles_first(sentence, whole=True)
        titled_read = self._decomposed(whole) if whole != sentence else None
        invited = self._invited(sentence)
        if invited is not None:
            return invited
        refused = self._refused(sentence)
        if refused is not None:
            return refused
        spread_ = spread_verdict(sentence, self.verbs, self.peers, self._decomposed, aggregate)
        if spread_ is not None:
            return spread_
        order = order_claim(sentence)  # 'A did X first and only afterwards attended the Y'
        if order is not None and (told := self._split(order)).verdict is Verdict.contradicted:
            return replace(aggregate(sentence, [replace(told, claim=order)]), claim=sentence)
        if order is not None and told.verdict is not Verdict.supported and self.relations:
            return self.relations.left_open(sentence, order, self._split(sentence), aggregate)
        sides = (  # 'A's 2023 trip came …', 'A spoke of X, B of Y and C of Z'
            dated_sides(sentence)
            or dated_list(sentence)
            or yearly_figures(sentence)  # '… from 2022 to 2024: $A, $B and $C'
            or gapped(sentence, self.verbs, self.kind_of)
            or besides(sentence, self.verbs, _past)
        )
        if sides is not None:
            return replace(
                aggregate(sentence, [self._decomposed(s) for s in sides]), claim=sentence
            )
        written = self._split(sentence)
        if written.verdict in (Verdict.supported, Verdict.contradicted):
            return written
        active = one_way_passive(sentence)
        if active is not None:
            # 'A's delegation was welcomed by B on behalf of …': the doer first, when that decides
            doer_first = self._decomposed(active)
            if doer_first.verdict in (Verdict.supported, Verdict.contradicted):
                return replace(doer_first, claim=sentence)
        visit = invitation_as_visit(sentence) if written.verdict is Verdict.unverified else None
        if visit is not None:
            # 'B invited A to P': a record of A's visit to P at another's invitation
            read = self._split(visit)
            kinds = {part.kind for part in read.parts if part.status is Status.differs}
            if read.verdict is Verdict.contradicted and kinds == {"invited by"}:
                return replace(read, claim=sentence)
        if titled_read is not None and titled_read.verdict is Verdict.supported:
            return replace(titled_read, claim=sentence)  # read domain first, every part holds
        return written

    def _split(self, sentence: str) -> CheckResult:
        """A sentence read as written: an order between two things, or its atomic claims."""
        ordered = self.relations.ordered(sentence) if self.relations else None
        if ordered is not None:
            return ordered
        pieces = atoms(elided_by(sentence) or sentence, self.verbs)
        if self.prior is not None and self.prior.bounded(sentence):
            pieces = [sentence]  # "had never visited X before Y since …": one bounded denial
        if len(pieces) == 1:
            read = self._detail(
                sentence, self._conceded(self._dated(sentence, self._atom(sentence)))
            )
            return other_act(sentence, read, self._atom, aggregate)
        first, *rest = pieces
        named = partial(self.acted_on_named, sentence)
        checked = [self._atom(first), *(unnamed_person(self._leaning(p), named) for p in rest)]
        result = occasion_tied(sentence, aggregate(sentence, checked))  # 'During X, …'
        title = fronted_title(sentence)
        backed = [atom.claim for atom in checked if atom.verdict is Verdict.supported]
        if result.verdict is Verdict.partly_supported and title is not None and backed == [title]:
            # the title before the name says who is meant, not a fact of the sentence's own
            result = replace(result, verdict=Verdict.unverified)
        if result.verdict in (Verdict.contradicted, Verdict.supported):
            return result
        whole = self._atom(sentence)
        if (
            whole.verdict is Verdict.supported
            and not left_open_part(checked, whole)
            and not (uncounted(checked, whole))
        ):
            return whole  # one record states the whole sentence
        return self._detail(sentence, result)

    def _invited(self, sentence: str) -> CheckResult | None:
        """'A was invited by B': said actively when that decides it; else read as written, but
        never supported by an invitation that B received ('a letter invites B')."""
        found = passive_invitation(sentence)
        if found is None:
            return None
        active, agent = found
        result = self._decomposed(active)
        if result.verdict is not Verdict.unverified:
            return replace(result, claim=sentence)
        written = self._split(sentence)
        received = [
            record
            for record in written.records
            if re.search(
                rf"\binvites?\b.*\b{re.escape(fold(agent).split()[-1])}\b", fold(record.label)
            )
        ]
        turned = {part.kind for part in written.parts if part.status is Status.differs}
        if written.verdict is Verdict.contradicted and turned <= {"invited to"}:
            # the invitation read with the one invited as its sender: roles turned round
            return replace(
                written,
                claim=sentence,
                verdict=Verdict.unverified,
                explanation=f"The claim names {agent} as the one who invited; the record's "
                f"invitation of that kind is another's ({written.explanation})",
            )
        if written.verdict is Verdict.supported and received:
            return replace(
                written,
                claim=sentence,
                verdict=Verdict.unverified,
                explanation=f"The record has {agent} invited, not inviting ({written.explanation})",
            )
        return None

    def _refused(self, sentence: str) -> CheckResult | None:
        """'Failed to sign X' checked as 'did not sign X': contradicted with it; never supported
        by it, since a refusal says more than a denial; else read as it stands."""
        denied = refusal(sentence)
        if denied is None:
            return None
        result = replace(self._decomposed(denied), claim=sentence)
        if result.verdict is Verdict.contradicted or (
            result.verdict is Verdict.unverified and " not sign" in denied
        ):
            return result  # 'failed to sign' is not the status that the record's 'to sign' is
        if result.verdict is Verdict.supported:
            return replace(
                result,
                verdict=Verdict.unverified,
                explanation=f"The record does not say it was refused ({result.explanation})",
            )
        return None

    def _dated(self, sentence: str, result: CheckResult) -> CheckResult:
        """A sentence contradicted only on a date that is not its fact's: the date its subject
        gives ('X's 2014 visit to Y produced …', read against another event's record) or one in
        a detail ('…, up from 90th in 2020', '…, including images from 1992, …'). The fact is
        checked alone and the rest is a detail (`extras.dated_details`)."""
        differing = [part for part in result.parts if part.status is Status.differs]
        kinds = {part.kind for part in differing}
        if result.verdict is not Verdict.contradicted or not kinds or kinds - _ELSEWHERE_KINDS:
            return result
        for fact, detail in dated_details(sentence, [str(part.text) for part in differing]):
            sequel = with_subject(fact, detail.removeprefix("then "), self.verbs)
            if sequel and self._atom(sequel).verdict is Verdict.contradicted:
                continue  # 'then met Bo in Utopolis', which the record of that meeting rules out
            if kinds - {"date", "year"} and not detail.startswith("then "):
                continue  # a place only a sequel may have otherwise
            checked = self._atom(fact)
            if checked.verdict is Verdict.supported:
                note = "The record does not state this detail."
                return aggregate(
                    sentence, [checked, CheckResult(detail, Verdict.unverified, note, [], [])]
                )
        return result

    def _conceded(self, result: CheckResult) -> CheckResult:
        """A sentence contradicted as a whole that closes with ', though …': its fact and the
        clause checked apart; a clause that the record does not contradict leaves the fact's
        verdict standing beside an undecided detail (never more than partly supported). Only
        when the whole was contradicted by the fact's own record (the clause's 'no' read
        against it): a whole contradicted by another record ('although X is not a member')
        was answered on the clause's own subject, and stands."""
        if result.verdict is not Verdict.contradicted:
            return result
        for fact, clause in concessions(result.claim):
            checked, said = self._atom(fact), self._atom(clause)
            if said.verdict is Verdict.contradicted:
                return aggregate(result.claim, [checked, said])
            own = {record.id for record in checked.records}
            if not own or {record.id for record in result.records} - own:
                return result
            if checked.verdict is not Verdict.unverified:
                note = f"The record does not decide this clause ({said.explanation})"
                detail = CheckResult(clause, Verdict.unverified, note, said.parts, said.records)
                return aggregate(result.claim, [checked, detail])
        return result

    def _sequel(self, fact: str, tail: str) -> CheckResult | None:
        """'…, then met Z in P': what the fact's subject did next, as a sentence of its own;
        only a contradiction of it counts, since 'then' also says an order not checked here."""
        if not tail.startswith("then "):
            return None
        sequel = with_subject(fact, tail.removeprefix("then "), self.verbs)
        return self._atom(sequel) if sequel else None

    def _detail(self, sentence: str, result: CheckResult) -> CheckResult:
        """An undecided sentence whose fact, without its closing detail, the record decides."""
        if result.verdict is not Verdict.unverified:
            return result
        for head, tail, ordered in tails(sentence):
            if ordered and self._atom(tail[:1].upper() + tail[1:] + ".").verdict in (
                Verdict.supported,
                Verdict.contradicted,
            ):
                continue  # an order between two things on record, which the dates did not decide
            fact = self._atom(head)
            if fact.verdict in (Verdict.supported, Verdict.contradicted):
                clause = own_clause(tail) or with_subject(head, tail, self.verbs)
                checked = self._atom(clause) if clause else None
                sequel = self._sequel(head, tail) if checked is None else None
                if sequel is not None and sequel.verdict is Verdict.contradicted:
                    checked = sequel  # 'X met Y on May 2, then met Z in P': ruled out
                detail = (
                    replace(checked, claim=tail)
                    if checked is not None
                    and checked.verdict is not Verdict.unverified
                    and (checked is sequel or checked.verdict is Verdict.supported)
                    else CheckResult(
                        tail, Verdict.unverified, "The record does not state this detail.", [], []
                    )
                )
                return aggregate(sentence, [fact, detail])
        return result
