#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "imid_direct.h"
#include "imid_write.h"

#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <string.h>

// The direct writer: the frame's changed cells go to the terminal as terminfo's own cursor
// moves and attribute strings, collected in one buffer and written at once, instead of
// through curses' window, its screen comparison and its refresh (which cost about half of a
// key's answer). The painter already knows which cells changed, so curses' comparison was
// done twice. Curses still sets the terminal up, reads keys, and takes it back down.

// What switches the terminal from one style to another (built by imid_direct_start).
enum { SEQUENCE_LIMIT = 96, STYLE_LIMIT = 16 };
static char transition[STYLE_LIMIT][STYLE_LIMIT][SEQUENCE_LIMIT];
static size_t transition_length[STYLE_LIMIT][STYLE_LIMIT];
// Whether a blank in the style looks like an erased cell (no background colour, no underline,
// no reverse video), so a stretch of them can be erased (ech) rather than written out.
static int style_erasable[STYLE_LIMIT];
static int style_count = 0;

// The frame being collected. Flushed early when it fills (a full repaint of a large screen).
static char buffer[1 << 16];
static size_t used = 0;
static int failed = 0;
// The style the terminal is in (a frame starts and ends in style 0, after sgr0).
static int current_style = 0;
// Where the cursor is after the last run (cursor_y -1: not known), so that a run that starts
// there needs no move.
static int cursor_y = -1, cursor_x = 0;
// Terminfo's cursor address and clear-screen strings, looked up once (tigetstr searches).
static const char *cursor_address_string = NULL, *clear_string = NULL, *erase_string = NULL;
// Whether the cursor address is the ANSI one (ESC [ row ; column H, from 1), which is then
// written here: tiparm interprets its format for every run (a tenth of a key's work).
static int ansi_cursor_address = 0;
// Whether erasing characters is the ANSI ech (ESC [ count X), likewise written here.
static int ansi_erase = 0;

static void flush_buffer(void) {
  if (used > 0 && imid_write_all(buffer, used) != 0) failed = 1;
  used = 0;
}

static void append(const char *text, size_t length) {
  if (used + length > sizeof buffer) flush_buffer();
  if (length > sizeof buffer) {
    if (imid_write_all(text, length) != 0) failed = 1;
    return;
  }
  memcpy(buffer + used, text, length);
  used += length;
}

static void append_string(const char *text) {
  if (text != NULL) append(text, strlen(text));
}

// A capability string, or NULL when the terminal has none (tigetstr's -1 included).
static const char *capability(const char *name) {
  char *value = tigetstr(name);
  return value == (char *)-1 ? NULL : value;
}

// Appends `text` to `sequence` (of `length` bytes so far) when it fits; returns the new length.
static size_t add(char *sequence, size_t length, const char *text) {
  if (text == NULL) return length;
  size_t extra = strlen(text);
  if (length + extra >= SEQUENCE_LIMIT) return length;
  memcpy(sequence + length, text, extra);
  return length + extra;
}

int imid_direct_possible(void) {
  // Cursor addressing and an attribute reset are needed. A terminal that scrolls when the
  // bottom-right cell is written (automatic margins without the newline glitch) is left to
  // curses, which knows how to fill that cell.
  if (capability("cup") == NULL || capability("sgr0") == NULL) return 0;
  if (tigetflag("am") == 1 && tigetflag("xenl") != 1) return 0;
  return 1;
}

// A sequence turning on the attributes in `on` (of bold, dim, underline, reverse) and setting
// the colours (each -1 to leave it), added to `sequence` of `length` bytes; the new length.
static size_t add_style(char *sequence, size_t length, attr_t on, short foreground, short background) {
  if (on & A_BOLD) length = add(sequence, length, capability("bold"));
  if (on & A_DIM) length = add(sequence, length, capability("dim"));
  if (on & A_UNDERLINE) length = add(sequence, length, capability("smul"));
  if (on & A_REVERSE) length = add(sequence, length, capability("rev"));
  if (foreground >= 0) length = add(sequence, length, tiparm(capability("setaf"), foreground));
  if (background >= 0) length = add(sequence, length, tiparm(capability("setab"), background));
  return length;
}

int imid_direct_start(int count, const attr_t *attributes, const short (*colors)[2], int use_colors) {
  if (count <= 0 || count > STYLE_LIMIT) return 0;
  if (use_colors && (capability("setaf") == NULL || capability("setab") == NULL || capability("op") == NULL)) return 0;
  int masked_by_colour = tigetnum("ncv");
  if (masked_by_colour < 0) masked_by_colour = 0;
  attr_t shown[STYLE_LIMIT];
  short foreground[STYLE_LIMIT], background[STYLE_LIMIT];
  for (int style = 0; style < count; style++) {
    shown[style] = attributes[style] & (A_BOLD | A_DIM | A_UNDERLINE | A_REVERSE);
    foreground[style] = use_colors ? colors[style][0] : -1;
    background[style] = use_colors ? colors[style][1] : -1;
    // As curses does: attributes the terminal cannot show together with colour are left out.
    if (foreground[style] >= 0 || background[style] >= 0) {
      if (masked_by_colour & 2) shown[style] &= ~A_UNDERLINE;
      if (masked_by_colour & 4) shown[style] &= ~A_REVERSE;
      if (masked_by_colour & 16) shown[style] &= ~A_DIM;
      if (masked_by_colour & 32) shown[style] &= ~A_BOLD;
    }
    style_erasable[style] = background[style] < 0 && (shown[style] & (A_UNDERLINE | A_REVERSE)) == 0;
  }
  // From one style to another: only what changes when no attribute has to go off (there is
  // no terminfo string to turn off bold or dim alone); otherwise everything off and the new
  // style on. Like curses, this takes sgr0 to reset the colours too.
  for (int from = 0; from < count; from++) {
    for (int to = 0; to < count; to++) {
      char *sequence = transition[from][to];
      size_t length = 0;
      if (from == to) {
      } else if ((shown[from] & ~shown[to]) == 0) {
        short newForeground = foreground[to] != foreground[from] ? foreground[to] : -1;
        short newBackground = background[to] != background[from] ? background[to] : -1;
        if ((foreground[to] < 0 && foreground[from] >= 0) || (background[to] < 0 && background[from] >= 0)) {
          length = add(sequence, length, capability("op"));
          newForeground = foreground[to];
          newBackground = background[to];
        }
        length = add_style(sequence, length, shown[to] & ~shown[from], newForeground, newBackground);
      } else {
        length = add(sequence, length, capability("sgr0"));
        length = add_style(sequence, length, shown[to], foreground[to], background[to]);
      }
      transition_length[from][to] = length;
    }
  }
  style_count = count;
  cursor_address_string = capability("cup");
  clear_string = capability("clear");
  erase_string = capability("ech");
  const char *sample = tiparm(cursor_address_string, 11, 22);
  ansi_cursor_address = sample != NULL && strcmp(sample, "\033[12;23H") == 0;
  sample = erase_string == NULL ? NULL : tiparm(erase_string, 12);
  ansi_erase = sample != NULL && strcmp(sample, "\033[12X") == 0;
  used = 0;
  current_style = 0;
  cursor_y = -1;
  return 1;
}

int imid_direct_clear(void) {
  if (clear_string == NULL) return 0;
  append_string(clear_string);
  return 1;
}

// One scalar as UTF-8; anything the terminal would take as a control (C0, DEL, C1) or that is
// not a scalar becomes U+FFFD. The model never puts those in a cell: this is the last guard.
static void append_scalar(uint32_t scalar) {
  char bytes[4];
  size_t length;
  if (scalar < 0x20 || (scalar >= 0x7F && scalar < 0xA0) || (scalar >= 0xD800 && scalar < 0xE000) ||
      scalar > 0x10FFFF)
    scalar = 0xFFFD;
  if (scalar < 0x80) {
    if (used < sizeof buffer) {
      buffer[used++] = (char)scalar;
      return;
    }
    bytes[0] = (char)scalar;
    length = 1;
  } else if (scalar < 0x800) {
    bytes[0] = (char)(0xC0 | (scalar >> 6));
    bytes[1] = (char)(0x80 | (scalar & 0x3F));
    length = 2;
  } else if (scalar < 0x10000) {
    bytes[0] = (char)(0xE0 | (scalar >> 12));
    bytes[1] = (char)(0x80 | ((scalar >> 6) & 0x3F));
    bytes[2] = (char)(0x80 | (scalar & 0x3F));
    length = 3;
  } else {
    bytes[0] = (char)(0xF0 | (scalar >> 18));
    bytes[1] = (char)(0x80 | ((scalar >> 12) & 0x3F));
    bytes[2] = (char)(0x80 | ((scalar >> 6) & 0x3F));
    bytes[3] = (char)(0x80 | (scalar & 0x3F));
    length = 4;
  }
  append(bytes, length);
}

// Appends the decimal digits of `value` (0 or more).
static void append_number(int value) {
  char digits[12];
  size_t length = 0;
  do {
    digits[sizeof digits - 1 - length++] = (char)('0' + value % 10);
    value /= 10;
  } while (value > 0 && length < sizeof digits);
  append(digits + sizeof digits - length, length);
}

static void move_to(int y, int x) {
  if (!ansi_cursor_address) {
    append_string(tiparm(cursor_address_string, y, x));
    return;
  }
  append("\033[", 2);
  append_number(y + 1);
  append(";", 1);
  append_number(x + 1);
  append("H", 1);
}

// Moves the cursor to (y, x), unless it is there, and switches to `style` (0 when out of
// range); returns the style.
static int start_run(int y, int x, int style) {
  if (y != cursor_y || x != cursor_x) move_to(y, x);
  if (style < 0 || style >= style_count) style = 0;
  if (style != current_style) {
    append(transition[current_style][style], transition_length[current_style][style]);
    current_style = style;
  }
  return style;
}

int imid_direct_erase_cells(int y, int x, int count, int style) {
  if (count <= 0 || y < 0 || x < 0) return 1;
  if (erase_string == NULL || style < 0 || style >= style_count || !style_erasable[style]) return 0;
  start_run(y, x, style);
  if (ansi_erase) {
    append("\033[", 2);
    append_number(count);
    append("X", 1);
  } else {
    append_string(tiparm(erase_string, count));
  }
  cursor_y = y;  // erasing leaves the cursor where it is
  cursor_x = x;
  return 1;
}

// Whether every terminal draws `scalar` alone in one cell: the ranges of IMiDCore's
// TextWidth.isSingleCell (ASCII, Latin-1, Greek, punctuation, arrows, box drawing, shapes).
static int is_single_cell(uint32_t scalar) {
  if (scalar < 0x300) return (scalar >= 0x20 && scalar < 0x7F) || (scalar >= 0xA0 && scalar != 0xAD);
  return (scalar >= 0x370 && scalar <= 0x3FF) || (scalar >= 0x2010 && scalar <= 0x2027) ||
    (scalar >= 0x2030 && scalar <= 0x205E) || (scalar >= 0x2190 && scalar <= 0x21FF) ||
    (scalar >= 0x2500 && scalar <= 0x25FC);
}

void imid_direct_put_cells(int y, int x, const uint64_t *packed, int count, int style) {
  if (count <= 0 || y < 0 || x < 0) return;
  start_run(y, x, style);
  // The cursor ends `count` cells on when each cell was one character that every terminal
  // draws one cell wide; otherwise (a wide character, a cluster) it is not taken as known.
  int simple = 1;
  for (int i = 0; i < count; i++) {
    uint64_t low = packed[2 * i], high = packed[2 * i + 1];
    uint32_t first = (uint32_t)(low & 0x1FFFFF);
    if (simple && ((low >> 21) != 0 || high != 0 || !is_single_cell(first))) simple = 0;
    // An empty cell is a blank; a grapheme's scalars follow its first until a 0.
    append_scalar(first == 0 ? ' ' : first);
    for (int j = 1; j < 5; j++) {
      uint32_t scalar = (uint32_t)((j < 3 ? low >> (21 * j) : high >> (21 * (j - 3))) & 0x1FFFFF);
      if (scalar == 0) break;
      append_scalar(scalar);
    }
  }
  cursor_y = simple ? y : -1;
  cursor_x = x + count;
}

int imid_direct_present(void) {
  if (current_style != 0) {
    append(transition[current_style][0], transition_length[current_style][0]);
    current_style = 0;
  }
  cursor_y = -1;
  flush_buffer();
  int result = failed ? -1 : 0;
  failed = 0;
  return result;
}
