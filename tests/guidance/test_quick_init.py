"""``quick_init`` builds the same instances as the dataclass's own ``__init__``: the same
fields from the same arguments (positional, by name, defaults, a fresh default from a
factory), the same errors, and the class stays frozen, comparable and replaceable. Classes
it cannot copy exactly are refused at once."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import InitVar, dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviews.guidance import Step
from interviews.guidance.clock import Timing, Wait
from interviews.guidance.planning import ThankYou
from interviews.guidance.quick import quick_init, replace
from interviews.guidance.records import Records
from interviews.guidance.standing import Point
from interviews.guidance.whole_search import Elsewhere


@dataclass(frozen=True)
class Plain:
    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    d: tuple[int, ...] = ()


@quick_init
@dataclass(frozen=True)
class Quick:
    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    d: tuple[int, ...] = ()


def _calls():
    """Every way of calling the constructor: some positionally, some by name."""
    value = st.fixed_dictionaries(
        {"a": st.integers()},
        optional={"b": st.text(max_size=3), "c": st.lists(st.integers()), "d": st.tuples()},
    )
    return st.tuples(value, st.integers(0, 4))


@given(_calls())
def test_the_same_fields_from_the_same_arguments(call):
    values, positional = call
    names = [name for name in ("a", "b", "c", "d") if name in values]
    positional = min(positional, _leading(names))
    args = [values[name] for name in names[:positional]]
    kwargs = {name: values[name] for name in names[positional:]}
    plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
    assert vars(quick) == vars(plain)
    assert repr(quick).removeprefix("Quick") == repr(plain).removeprefix("Plain")


def _leading(names: list[str]) -> int:
    """How many of the names may go positionally: the unbroken run from the first field."""
    count = 0
    for expected, name in zip(("a", "b", "c", "d"), names, strict=False):
        if expected != name:
            break
        count += 1
    return count


def test_each_instance_gets_a_fresh_default_from_the_factory():
    first, second = Quick(1), Quick(2)
    assert first.c == [] and first.c is not second.c


@pytest.mark.parametrize(
    "call",
    [
        lambda cls: cls(),  # a field without a default left out
        lambda cls: cls(1, a=2),  # given twice
        lambda cls: cls(1, e=3),  # no such field
        lambda cls: cls(1, "b", [], (), 5),  # one too many
    ],
)
def test_the_same_errors(call):
    with pytest.raises(TypeError):
        call(Plain)
    with pytest.raises(TypeError):
        call(Quick)


def test_still_frozen_comparable_hashable_and_replaceable():
    quick = Quick(1, "x", d=(2,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.a = 2  # type: ignore[misc]
    assert quick == Quick(1, "x", [], (2,))
    assert dataclasses.replace(quick, b="y") == Quick(1, "y", d=(2,))
    assert [f.name for f in dataclasses.fields(quick)] == ["a", "b", "c", "d"]
    hashable = Quick(1, "x", None, (2,))  # type: ignore[arg-type]
    assert hash(hashable) == hash(Quick(1, "x", None, (2,)))  # type: ignore[arg-type]


def _as_generated(cls: type) -> type:
    """The same fields in a dataclass with its own generated ``__init__``."""
    copied = [
        (f.name, f.type, field(default=f.default, default_factory=f.default_factory))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, copied, frozen=True)


@pytest.mark.parametrize("cls", [Point, Step, Records, Elsewhere, Timing, Wait, ThankYou])
def test_the_engines_classes_are_built_as_before(cls):
    generated = _as_generated(cls)
    params = inspect.signature(cls).parameters
    expected = inspect.signature(generated).parameters
    assert [(p.name, p.kind) for p in params.values()] == [
        (p.name, p.kind) for p in expected.values()
    ]
    required = {n: object() for n, p in params.items() if p.default is inspect.Parameter.empty}
    assert vars(cls(**required)) == vars(generated(**required))  # defaults and factories
    given_all = {name: object() for name in params}
    assert vars(cls(*given_all.values())) == vars(generated(**given_all))


def _refused(cls: type) -> None:
    with pytest.raises(TypeError):
        quick_init(cls)


def test_refuses_what_it_cannot_copy_exactly():
    @dataclass
    class NotFrozen:
        a: int

    @dataclass(frozen=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True)
    class NotInInit:
        a: int
        b: int = field(init=False, default=0)

    @dataclass(frozen=True, kw_only=True)
    class KeywordOnly:
        a: int

    @dataclass(frozen=True)
    class WithInitVar:
        a: int
        b: InitVar[int] = 0

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    class NotADataclass:
        pass

    for cls in (NotFrozen, PostInit, NotInInit, KeywordOnly, WithInitVar, Slotted, NotADataclass):
        _refused(cls)


@given(_calls(), st.fixed_dictionaries({}, optional={"a": st.integers(), "b": st.text()}))
def test_replace_makes_what_dataclasses_replace_makes(call, changes):
    values, _ = call
    quick, plain = Quick(**values), Plain(**values)
    made = replace(quick, **changes)
    assert type(made) is Quick and made is not quick
    assert vars(made) == vars(dataclasses.replace(quick, **changes))
    assert vars(made) == vars(replace(plain, **changes))  # another dataclass: as there
    assert vars(quick) == vars(Quick(**values))  # the original unchanged


def test_replace_refuses_a_name_that_is_not_a_field():
    with pytest.raises(TypeError):
        replace(Quick(1), e=2)
    with pytest.raises(TypeError):
        replace(Plain(1), e=2)
