"""Benchmark: transcribing spoken speeches (the `voice` extra) on this machine.

    python tests/bench/voice.py [--minutes 7] [--threads 2]

Makes its recordings with the test synthesiser (tests/voice_synth.py): the short test clips
(OGG/Opus, MP3, WAV) and a long speech of about `--minutes` minutes as a Telegram voice message.
Each is transcribed in a fresh child process, as the bot's worker would, with `--threads` CPU
threads. Prints, per recording: its length, the model's load time, the transcription time and
the real-time factor (seconds of speech per second of work), the child's peak memory, and the
word error rate against the script. Targets on 2 cores: at least 5x real time for a 7-minute
speech, peak memory at most 500 MB. A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

# A long practice speech, our own words, spoken at the synthesiser's 160 words a minute.
LONG_SPEECH = (
    "Thank you, Madam Speaker. This house would make voting compulsory in national elections. "
    "I will set out two arguments, answer what the opposition will say, and then weigh the debate. "
    "<pause 1> My first argument is about who a government listens to. Today the people who vote are "
    "older, richer and better housed than the people who do not. Parties know this, so they write "
    "their promises for the voters they can count on. Pensions are protected while youth services are "
    "cut, because the young stay at home on polling day. When everyone must vote, every group counts, "
    "and a party that ignores renters or students loses seats. That changes which problems get solved. "
    "Look at Australia, where turnout has stayed above ninety percent for decades: campaigns there must "
    "speak to the whole country, not only to the reliable corners of it. <pause 1> My second argument is "
    "about legitimacy. A government elected by half of the people can be dismissed by the other half as "
    "someone else's government. When turnout is near universal, the result belongs to everyone, and "
    "losers accept it more readily. That matters most in divided societies, where a stolen election "
    "story spreads fastest when few people took part. <pause 1> Now the opposition will say that forcing "
    "people to vote is an attack on freedom. But the duty is small: you must attend, and you may spoil "
    "your ballot or tick none of the above. We already ask citizens to serve on juries, to fill in the "
    "census and to pay taxes, because a shared system needs everyone in it. The opposition will also say "
    "that uninformed voters will choose badly. Even if some voters know little, the evidence shows that "
    "people who must vote start to follow the news, and parties stop relying on turning out their own "
    "angry base. <pause 1> So let me weigh this. On their side is a modest cost to a freedom that the "
    "ballot paper protects anyway. On ours is a government that answers to all of its citizens and a "
    "result that all of them accept. That is why I am proud to propose."
)


SPOKEN_WPM = 170


def peak_mb() -> float:
    """This process's peak resident memory. /proc's VmHWM starts afresh at exec; ru_maxrss would
    carry over the parent's peak, which made the recordings."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: str, threads: int) -> int:
    """In the child process: load the model, transcribe the file, print figures as JSON."""
    from bot.voice import model
    from bot.voice.audio import read_audio
    from bot.voice.transcribe import transcribe_audio

    start = time.perf_counter()
    whisper = model.load_model(str(model.model_dir()), threads)
    loaded = time.perf_counter()
    audio = read_audio(Path(path))
    transcript = transcribe_audio(audio, whisper)
    done = time.perf_counter()
    print(json.dumps({"seconds": audio.seconds, "load": loaded - start, "work": done - loaded,
                      "peak_mb": peak_mb(), "text": transcript.text}))
    return 0


def _long_script(minutes: float) -> str:
    """LONG_SPEECH repeated (with a pause between) and cut at a sentence to last about `minutes`:
    the synthesiser says about SPOKEN_WPM words a minute, pauses included."""
    target = int(minutes * SPOKEN_WPM)
    words: list[str] = []
    while len(words) < target:
        words += [*(["<pause 2>"] if words else []), *LONG_SPEECH.split()]
    cut = target
    while cut < len(words) and not words[cut - 1].endswith("."):
        cut += 1
    return " ".join(words[:cut]).replace("<pause 2>", " <pause 2> ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=7.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.threads)
    from voice_synth import SPEECH, clip_bytes, voice_message, word_error_rate

    from bot.voice import available

    if not available():
        print('the voice extra is not installed: pip install -e ".[test,voice]"')
        return 2
    long_script = _long_script(args.minutes)
    with tempfile.TemporaryDirectory(prefix="voice-bench-") as folder:
        made = time.perf_counter()
        recordings = {name: (clip_bytes(name), SPEECH) for name in ("speech.ogg", "speech.mp3", "speech.wav")}
        spoken = voice_message(long_script, "ogg")
        recordings["long speech.ogg"] = (spoken, long_script.replace("<pause 2>", ""))
        print(f"made the recordings in {time.perf_counter() - made:.1f} s (synthesiser and encoders); "
              f"{args.threads} threads, {os.cpu_count()} cores here")
        print(f"{'recording':<16} {'length':>7} {'load s':>7} {'work s':>7} {'x real time':>11} "
              f"{'peak MB':>8} {'WER':>6}")
        for name, (data, script) in recordings.items():
            path = Path(folder) / name.replace(" ", "_")
            path.write_bytes(data)
            command = [sys.executable, __file__, "--child", str(path), "--threads", str(args.threads)]
            out = subprocess.run(command, capture_output=True, text=True, check=True)
            found = json.loads(out.stdout.strip().splitlines()[-1])
            clean = script.replace("<pause 3>", "").replace("<pause 1>", "")
            wer = word_error_rate(clean, found["text"])
            speed = found["seconds"] / found["work"]
            print(f"{name:<16} {found['seconds'] / 60:6.1f}m {found['load']:7.2f} {found['work']:7.1f} "
                  f"{speed:10.1f}x {found['peak_mb']:8.0f} {wer:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
