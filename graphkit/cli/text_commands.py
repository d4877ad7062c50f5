"""``graphkit extract``, ``graphkit accept`` and ``graphkit propose-actors``: relations
and new actors from text, reviewed by a person.

``graphkit extract article.txt [more.txt ...] --actors actors.csv -o review.csv`` writes
the candidate relations of the articles as a review CSV (safe to open in a spreadsheet);
an analyst sets ``ok`` and corrects rows; ``graphkit accept review.csv --relations
relations.csv`` appends the accepted rows to a relations table, validated, written whole
or not at all. ``graphkit propose-actors article.txt [more.txt ...] --actors actors.csv -o
proposed.csv`` lists the parties the articles name that the table lacks (a separate
command, not an option of ``extract``: it is one library function with its own output,
it is run when the table needs growing rather than on every article, and ``extract``
keeps its speed without the entity recogniser); ``graphkit accept-actors proposed.csv
--actors actors.csv`` adds the rows the analyst marked ok, validated, written whole or not
at all. Each command is a few lines over :func:`graphkit.extract_relations`,
:func:`graphkit.write_review`, :func:`graphkit.read_review`,
:func:`graphkit.accept_relations`, :func:`graphkit.append_relations`,
:func:`graphkit.propose_actors`, :func:`graphkit.write_proposals`,
:func:`graphkit.accept_actors` and :func:`graphkit.append_actors`; spaCy loads only when
``extract`` or ``propose-actors`` runs.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from ..base.data_files import data_path
from ..base.terminal import inert
from ..io.files import atomic_write
from .commands import _command, _positive
from .phases import _UsageError, check_output, phase

__all__ = ["register"]

_CSV = {".csv": "CSV"}


def _text_inputs(parser, output: str, what: str) -> None:
    """The arguments ``extract`` and ``propose-actors`` share: texts, actors, output and
    document name."""
    parser.add_argument("texts", nargs="+", type=Path, metavar="TEXT", help="UTF-8 text files")
    parser.add_argument(
        "--actors",
        type=Path,
        help="actors CSV file (default: the bundled syria-2024 actors, named on stderr)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("out") / output,
        help=f"{what} to write (default: out/{output})",
    )
    parser.add_argument(
        "--document", help="document name for every row (default: each file's name)"
    )


def register(commands) -> None:
    """Add ``extract``, ``propose-actors``, ``accept-actors`` and ``accept`` to the
    ``graphkit`` command."""
    extract = _command(
        commands,
        "extract",
        _extract,
        "propose the relations that articles state, as a review table for a person",
    )
    _text_inputs(extract, "review.csv", "review CSV")
    extract.add_argument("--reported", metavar="DATE", help="date the documents reported")
    types = extract.add_mutually_exclusive_group()
    types.add_argument(
        "--families",
        dest="specific",
        action="store_false",
        help="the seven relation families of the first edition (backs, opposes, warns, "
        "courts, designates_terrorist, leads, member_of) instead of the relation types "
        "event data uses",
    )
    types.add_argument(
        "--specific",
        dest="specific",
        action="store_true",
        help="the relation types event data uses (arms, funds, attacks, consults, ...): "
        "the default",
    )
    extract.set_defaults(specific=True)
    extract.add_argument(
        "--keep-planned",
        action="store_true",
        help="start planned acts ('will meet', 'vowed to wage war') with ok TRUE",
    )
    extract.add_argument(
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="processes that parse at once (default: 1; 0 for every core)",
    )

    propose = _command(
        commands,
        "propose-actors",
        _propose_actors,
        "list the parties that articles name but the actors table lacks, as new actors to review",
    )
    _text_inputs(propose, "proposed_actors.csv", "proposals CSV")
    propose.add_argument(
        "--min-mentions",
        type=_positive,
        default=1,
        metavar="N",
        help="propose only parties named at least N times (default: 1)",
    )

    accept_actors = _command(
        commands,
        "accept-actors",
        _accept_actors,
        "add the proposed actors marked ok to an actors table, validated",
    )
    accept_actors.add_argument(
        "proposals", type=Path, help="proposals CSV written by 'graphkit propose-actors'"
    )
    accept_actors.add_argument(
        "--actors",
        type=Path,
        required=True,
        help="actors CSV to add them to (created if missing)",
    )

    accept = _command(
        commands,
        "accept",
        _accept,
        "append the review rows marked ok to a relations table, validated",
    )
    accept.add_argument("review", type=Path, help="review CSV written by 'graphkit extract'")
    accept.add_argument(
        "--relations",
        type=Path,
        required=True,
        help="relations CSV to append to (created if missing)",
    )
    accept.add_argument(
        "--actors",
        type=Path,
        help="actors CSV file (default: the bundled syria-2024 actors, named on stderr)",
    )


def _processes(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 0, got {text!r}")
    return number


def _actors_table(path: Path | None):
    """The actors table a command uses, and a note naming the bundled one when no
    ``--actors`` was given (printed on stderr, so nobody takes what it finds, or the
    problems it raises, for their own table's)."""
    import graphkit as gk

    if path is not None:
        return gk.read_actors(path), None
    bundled = data_path("actors.csv")
    actors = gk.read_actors(bundled)
    note = (
        f"graphkit: note: no --actors given: using the bundled syria-2024 actors table "
        f"({len(actors)} actors, {bundled}); give --actors FILE for your own"
    )
    return actors, note


def _note(note: str | None) -> None:
    if note:
        print(note, file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    import graphkit as gk
    from graphkit.text.modality import MODALITIES

    check_output(args.output, _CSV, "the review table", [args.actors, *args.texts])
    for path in args.texts:
        if path.is_dir():
            raise _UsageError(f"{str(path)!r} is a folder; give text files")
    actors, note = _actors_table(args.actors)
    with phase("reading the texts"), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", gk.GraphkitWarning)
        review = gk.extract_relations(
            list(args.texts),
            actors=actors,
            document=args.document,
            reported=args.reported,
            specific=args.specific,
            keep_planned=args.keep_planned,
            n_process=args.processes or -1,
        )
    for warning in caught:
        print(f"graphkit: warning: {inert(warning.message)}", file=sys.stderr)
    _note(note)
    gk.write_review(review, args.output)
    counts = review["modality"].value_counts()
    found = ", ".join(f"{counts[m]} {m}" for m in MODALITIES if m in counts)
    unchecked = int((~review["ok"]).sum())
    print(
        f"{len(review)} candidate relations in {len(args.texts)} "
        f"document{'s' if len(args.texts) != 1 else ''}"
        + (f": {found}" if found else "")
        + (f" (ok is FALSE for the {unchecked} not asserted)" if unchecked else "")
    )
    for row in review.head(10).itertuples():
        flag = "  " if row.ok else "! "
        mood = "" if row.modality == "asserted" else f" ({row.modality})"
        print(f"  {flag}{inert(row.source)} {inert(row.relation)} {inert(row.target)}{mood}")
    if len(review) > 10:
        print(f"  ... and {len(review) - 10} more")
    print(
        f"\nwrote {args.output}: open it in a spreadsheet, set ok to TRUE or FALSE, "
        f"correct what is wrong, then run: graphkit accept {args.output} --relations FILE"
    )
    return 0


def _propose_actors(args: argparse.Namespace) -> int:
    import graphkit as gk

    check_output(args.output, _CSV, "the proposals table", [args.actors, *args.texts])
    for path in args.texts:
        if path.is_dir():
            raise _UsageError(f"{str(path)!r} is a folder; give text files")
    actors, note = _actors_table(args.actors)
    with phase("reading the texts"):
        proposed = gk.propose_actors(
            list(args.texts),
            actors=actors,
            document=args.document,
            min_mentions=args.min_mentions,
        )
    _note(note)
    gk.write_proposals(proposed, args.output)
    unsure = int((~proposed["kind_sure"]).sum())
    print(
        f"{len(proposed)} part{'ies' if len(proposed) != 1 else 'y'} named in "
        f"{len(args.texts)} document{'s' if len(args.texts) != 1 else ''} that the actors "
        f"table lacks ({unsure} with a kind to check: kind_sure is FALSE)"
    )
    for row in proposed.head(10).itertuples():
        print(f"  {inert(row.id)}: {inert(row.name)} ({inert(row.kind)}, {row.mentions}x)")
    if len(proposed) > 10:
        print(f"  ... and {len(proposed) - 10} more")
    print(
        f"\nwrote {args.output}: open it in a spreadsheet, set ok to TRUE for the real "
        "parties, correct their id, name, kind, aliases and country, then run: "
        f"graphkit accept-actors {args.output} --actors FILE"
    )
    return 0


def _accept_actors(args: argparse.Namespace) -> int:
    import graphkit as gk

    if args.actors.is_dir() or args.actors.suffix.lower() != ".csv":
        raise _UsageError(f"--actors expects a CSV file (ending in .csv), not {str(args.actors)!r}")
    _not_the_input("--actors", args.actors, args.proposals, "proposals")
    existing = gk.read_actors(args.actors) if args.actors.exists() else None
    accepted = gk.accept_actors(args.proposals, actors=existing)
    combined = gk.append_actors(existing, accepted)
    with atomic_write(args.actors) as handle:
        combined.to_csv(handle, index=True)
    print(
        f"added {len(accepted)} actor{'s' if len(accepted) != 1 else ''} from "
        f"{args.proposals}; {args.actors} now holds {len(combined)}"
    )
    return 0


def _accept(args: argparse.Namespace) -> int:
    import graphkit as gk

    check_output(args.relations, _CSV, "the relations table")
    _not_the_input("--relations", args.relations, args.review, "review")
    if args.actors is not None:
        _not_the_input("--relations", args.relations, args.actors, "actors table")
    actors, note = _actors_table(args.actors)
    _note(note)  # before any problem, each judged against this table
    accepted = gk.accept_relations(args.review, actors=actors)
    existing = gk.read_relations(args.relations, actors=actors) if args.relations.exists() else None
    combined = gk.append_relations(existing, accepted, actors=actors)
    with atomic_write(args.relations) as handle:
        combined.to_csv(handle, index=False)
    added = len(combined) - (0 if existing is None else len(existing))
    already = len(accepted) - added
    print(
        f"accepted {len(accepted)} relation{'s' if len(accepted) != 1 else ''} from "
        f"{args.review}; {added} added"
        + (f", {already} already in {args.relations}" if already else "")
        + f"; {args.relations} now holds {len(combined)}"
    )
    return 0


def _not_the_input(option: str, output: Path, source: Path, what: str) -> None:
    """Refuse to write ``option``'s file where the command reads its input from."""
    if output.resolve() == source.resolve():
        raise _UsageError(
            f"{option} {str(output)!r} is the {what} this command reads: writing it would "
            "destroy it; give another file name"
        )
