#pragma once

/// The hot loops of SpeechAudio's metering and limiting, in C so that each is compiled for
/// AVX-512, AVX2 and the baseline on x86-64, the processor's widest chosen at run time (GNU
/// ifunc through `target_clones`, and a CPU check for AVX-512): Swift cannot compile one
/// function for another instruction set. Every version does the same IEEE operations in the same order on each lane
/// (no fused multiply-add), so their results are the same bit for bit, and the same as
/// SpeechAudio's former Swift loops.

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

/// `loa_k_weight_lanes` on two frames, the second at `samples + second` (`sums` and
/// `secondSums` as its `sums`): at once in eight lanes where the processor has AVX-512, else
/// one frame after the other. The same figures either way, bit for bit.
void loa_k_weight_frames(
    const float *samples, long second, long perLane, long subBlock, const double *shelf,
    const double *highPass, double *sums, double *secondSums);

/// Lets the kernels use AVX-512 (nonzero, the default) or keeps them to AVX2 and the baseline
/// (0); returns the previous setting. For tests comparing the versions; not thread-safe.
int loa_kernels_allow_avx512(int allow);

/// The running true peak `peak` after `samples[start..<end]` (which has 12 samples of history
/// before `start`), in blocks of 64 from `start`: a block's true peak is computed only when
/// its sample peak (history included) times `bound`, the interpolator's largest gain, exceeds
/// the running peak — a block skipped cannot raise it, so the result is the true peak of all.
float loa_track_peak(
    const float *samples, long start, long end, float peak, float bound,
    const float *coefficients);

/// `output[i] = input[i] * (first + slope * i)` for `i` in `start..<end`: a linear gain ramp,
/// the same two roundings per sample in every version.
void loa_ramp(const float *input, float *output, long start, long end, float first, float slope);

/// `count` Int16 samples in the machine's byte order at `bytes` as Floats, each value / 32768
/// (exact).
void loa_engine_samples(const void *bytes, float *output, long count);
