#pragma once
#include <alsa/asoundlib.h>

/* alsa-lib prints its own diagnostics to stderr ("ALSA lib pcm.c:…"); Loa reports every failure
   as a typed Swift error instead, so they are silenced. The handler is variadic, which Swift
   cannot define, hence this shim. */
static void loa_alsa_ignore_error(const char *file, int line, const char *function, int err,
                                  const char *fmt, ...) {
  (void)file; (void)line; (void)function; (void)err; (void)fmt;
}

static inline void loa_alsa_silence_errors(void) {
  snd_lib_error_set_handler(loa_alsa_ignore_error);
}
