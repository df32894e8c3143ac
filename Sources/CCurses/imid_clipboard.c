// Copying to the clipboard through the terminal (OSC 52), for `y` in the browser: the text
// goes, base64-encoded, in one escape sequence that terminals such as xterm, kitty, iTerm2
// and tmux (set-clipboard) put on the system clipboard.
#include "imid_curses.h"
#include "imid_write.h"

#include <stdlib.h>
#include <string.h>

// Base64 of `length` bytes into `out` (4 * ceil(length / 3) bytes).
static size_t base64(const unsigned char *bytes, size_t length, char *out) {
  static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t n = 0;
  for (size_t i = 0; i < length; i += 3) {
    unsigned long chunk = (unsigned long)bytes[i] << 16;
    if (i + 1 < length) chunk |= (unsigned long)bytes[i + 1] << 8;
    if (i + 2 < length) chunk |= bytes[i + 2];
    out[n++] = digits[(chunk >> 18) & 63];
    out[n++] = digits[(chunk >> 12) & 63];
    out[n++] = i + 1 < length ? digits[(chunk >> 6) & 63] : '=';
    out[n++] = i + 2 < length ? digits[chunk & 63] : '=';
  }
  return n;
}

int imid_copy(const unsigned char *bytes, size_t length) {
  static const char head[] = "\033]52;c;", tail[] = "\007";
  size_t size = sizeof head - 1 + (length + 2) / 3 * 4 + sizeof tail - 1;
  char *sequence = malloc(size);
  if (sequence == NULL) return -1;
  size_t n = sizeof head - 1;
  memcpy(sequence, head, n);
  n += base64(bytes, length, sequence + n);
  memcpy(sequence + n, tail, sizeof tail - 1);
  n += sizeof tail - 1;
  // Straight to the terminal, past curses: everything curses drew was flushed with the last
  // frame, and the sequence moves no cursor and shows nothing.
  int failed = imid_write_all(sequence, n);
  free(sequence);
  return failed ? -1 : 0;
}
