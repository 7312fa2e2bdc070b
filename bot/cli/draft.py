"""`debate-bot motions draft ESSAY`: draft motions from an essay as a motion file to finish."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.drafting import EssayError, SourceMeta, draft_essay, render_yaml
from bot.drafting.reading import decode_essay
from bot.drafting.writing import no_motion_message, problems_in
from bot.motions import bank_folders, check_folders

DESCRIPTION = """\
Read an essay (plain text, Markdown or HTML, up to about 30,000 words) and draft 1-3 motions
from it in the motion bank's format: a policy motion for what the essay proposes, a belief
motion for its thesis, an info slide, key points for each side, tags and difficulty.
The draft is for a person to finish: lines marked '# CHECK:' say what to look at.
"""
EPILOG = """\
examples:
  debate-bot motions draft op-ed.txt --out motions/op-ed.yaml
  debate-bot motions draft page.html --title "Cities Without Cars" --author "A. Writer" \\
      --date 2024-05-01 --url https://example.org/cities
  curl -s https://example.org/essay | debate-bot motions draft - > draft.yaml
"""
FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def register_draft(actions: Any) -> None:
    """Add the `draft` action under `debate-bot motions`."""
    parser = actions.add_parser(
        "draft",
        help="draft motions from an essay (YAML to check and finish)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("essay", metavar="ESSAY", help="the essay's file (.txt, .md, .html), or - for stdin")
    parser.add_argument("--title", help="the essay's title (default: from the text)")
    parser.add_argument("--author", help="who wrote it")
    parser.add_argument("--publication", help="where it was published")
    parser.add_argument("--date", help="when it was published, e.g. 2020-05-14")
    parser.add_argument("--url", help="its web address (https://…)")
    parser.add_argument(
        "--format",
        choices=sorted(set(FORMATS.values())),
        help="how to read the file (default: from its name and contents)",
    )
    parser.add_argument("--out", metavar="FILE", help="write the YAML here (default: print it)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(func=draft_motions)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def draft_motions(args: argparse.Namespace) -> int:
    """Draft the motion file; exit 1 with a clear message when the essay cannot be drafted."""
    if args.url and not args.url.startswith(("https://", "http://")):
        _err(f"--url should be a web address starting with https:// (got {args.url!r}).")
        return 1
    out = Path(args.out) if args.out else None
    if out is not None and out.exists() and not args.force:
        _err(f"{out} already exists; choose another --out or add --force to overwrite it.")
        return 1
    try:
        if args.essay == "-":
            data, origin, fmt = sys.stdin.buffer.read(), "standard input", args.format
        else:
            path = Path(args.essay)
            if not path.is_file():
                _err(f"There is no file {path}. Give the path of the essay's text, Markdown or HTML file.")
                return 1
            data, origin = path.read_bytes(), path.name
            fmt = args.format or FORMATS.get(path.suffix.lower())
        meta = SourceMeta(
            title=args.title,
            author=args.author,
            publication=args.publication,
            date=args.date,
            address=args.url,
        )
        taken = {m.id for m in check_folders(bank_folders())[0].motions}
        draft = draft_essay(decode_essay(data), meta, fmt=fmt, origin=origin, taken_ids=taken)
    except EssayError as exc:
        _err(str(exc))
        return 1
    text = render_yaml(draft)
    problems = problems_in(text)
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    checks = text.count("# CHECK:")
    where = f" to {out}" if out else ""
    if not draft.motions:
        _err(no_motion_message(draft))
        return 0
    _err(
        f"Drafted {len(draft.motions)} motion(s){where}. Read the {checks} CHECK note(s), reword the "
        "borrowed sentences, then run `debate-bot motions check FOLDER`."
    )
    for problem in problems:
        _err(f"warning: {problem}")
    return 0
