"""The ``multipolar_actors`` spaCy component: sets ``doc._.actors`` and ``doc._.actor_index``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.actors.acronyms import redefined_acronyms
from multipolar.actors.alias_matching import ActorMatcher
from multipolar.actors.body_nouns import body_noun_mentions
from multipolar.actors.companies import company_homes
from multipolar.actors.coref import resolve_coreference
from multipolar.actors.currencies import currency_names
from multipolar.actors.headline import headline_people
from multipolar.actors.names import organisation_names
from multipolar.actors.relative_titles import office_by_clause
from multipolar.actors.resolver import Composer
from multipolar.actors.short_names import short_name_mentions
from multipolar.actors.surnames import BareSurnames
from multipolar.actors.table_checks import check as check_tables
from multipolar.actors.titles import placed_by_apposition
from multipolar.nlp import extensions as _extensions  # noqa: F401
from multipolar.nlp.loader import word_classes
from multipolar.records import ActorMention

#: What the component reads from the parse and what it sets (checked by ``nlp.analyze_pipes``). It
#: also reads ``token.pos``, which the English model's attribute_ruler sets without declaring it.
REQUIRES = ["token.tag", "token.dep", "token.lemma", "token.ent_type", "doc.ents", "doc.sents"]
ASSIGNS = ["doc._.actors", "doc._.actor_index", "doc._.people_named"]


class ActorResolver:
    """Alias + role matchers built once; per doc: match, compose, resolve coreference (linear)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        check_tables()  # the tables are validated when the pipeline is built
        self.matcher = ActorMatcher(nlp.vocab, nlp.tokenizer)
        self.surnames = BareSurnames(english_words(nlp))

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date[:10] if doc._.date else None  # None: undated, resolved without tenure
        mentions = headline_people(doc, self.mentions(doc, date), lambda title: self.title_actors(title, date))
        doc._.actors = mentions
        doc._.actor_index = {i: m for m in mentions for i in range(m.start, m.end)}
        return doc

    def headline_actors(self, doc: Doc) -> list[ActorMention]:
        """The actors the title of ``doc`` names (parsed on demand: a parse per title is dear; the event
        coder asks only where the text names no state); a title in capitals is read in title case, which
        loses its acronyms ("EC", "UK"), and as written too."""
        title = getattr(doc._.meta, "title", None)
        if not title:
            return []
        date = doc._.date[:10] if doc._.date else None
        read = self.title_actors(title, date)
        return read + (self.title_actors(title, date, as_written=True) if title.isupper() else [])

    def title_actors(self, title: str, date: str | None, as_written: bool = False) -> list[ActorMention]:
        """The actors of a headline (capitals read as title case unless ``as_written``), parsed by the
        components before this one (the model's entities are unreliable in a headline, so only the
        mentions count)."""
        tdoc = self.nlp.make_doc(title.title() if title.isupper() and not as_written else title)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            tdoc = proc(tdoc)
        return self.mentions(tdoc, date)

    def mentions(self, doc: Doc, date: str | None) -> list[ActorMention]:
        """Match, compose and resolve coreference."""
        roles = self.matcher.roles(doc)
        units = self.matcher.titled_surnames(doc, self.matcher.units(doc, date), roles, date)
        units = self.surnames.units(doc, units, roles, date)
        mentions = placed_by_apposition(doc, Composer(doc, units, roles, date).mentions())
        mentions = company_homes(doc, organisation_names(doc, redefined_acronyms(doc, mentions)))
        mentions = body_noun_mentions(doc, short_name_mentions(doc, currency_names(doc, mentions)))
        return resolve_coreference(doc, office_by_clause(doc, mentions))


def english_words(nlp: Language) -> frozenset[str] | None:
    """The lower-case words of the model (:func:`multipolar.nlp.loader.word_classes`, all parts of
    speech: "rice", "fox", "brown"); None when the pipeline has no word index."""
    classes = word_classes(nlp)
    return None if classes is None else frozenset().union(*classes.values())


@Language.factory("multipolar_actors", requires=REQUIRES, assigns=ASSIGNS)
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(nlp, name)
