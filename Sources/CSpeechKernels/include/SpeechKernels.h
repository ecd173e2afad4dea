#pragma once

/// The two hot loops of SpeechAudio's metering, in C so that each is compiled twice on x86-64
/// (AVX2 and the baseline) and the loader picks the one the processor runs (GNU ifunc, through
/// `target_clones`): Swift cannot compile one function for another instruction set. Both
/// versions do the same IEEE operations in the same order (no fused multiply-add), so their
/// results are the same bit for bit, and the same as SpeechAudio's former Swift loops.

/// The largest absolute sample or 4x-oversampled inter-sample value of `samples[start..<end]`
/// (BS.1770 true peak). `samples` must hold 12 samples of history before `start`;
/// `coefficients` are the interpolator's phases 1–3, 13 taps each (`phase * 13 + delay`).
float loa_true_peak(const float *samples, long start, long end, const float *coefficients);

/// K-weights four lanes of a frame at once (BS.1770's high shelf, then its high-pass): lane k
/// filters `samples[k * perLane * subBlock ...]`, `perLane + 1` sub-blocks of `subBlock`
/// samples, from rest. `shelf` and `highPass` are `b0, b1, b2, a1, a2` (a0 = 1; the high-pass's
/// b's are 1, −2, 1). Writes each sub-block's sum of squares to `sums[block * 4 + lane]`
/// (`(perLane + 1) * 4` values; sub-block 0 of each lane is its warm-up).
void loa_k_weight_lanes(
    const float *samples, long perLane, long subBlock, const double *shelf,
    const double *highPass, double *sums);
