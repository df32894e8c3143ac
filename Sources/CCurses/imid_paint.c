#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "imid_curses.h"
#include "imid_direct.h"
#include "imid_paint.h"

#include <ncursesw/curses.h>
#include <stdlib.h>
#include <string.h>

// Frames: the styles of IMiDCore's CellStyle as attributes and colour pairs, and the cells
// drawn in them, sent to the terminal by the direct writer (imid_direct.c) or by curses.

// Colour pairs by CellStyle raw value (see Sources/IMiDCore/Screen/CellStyle.swift).
enum { NORMAL, TITLE, BORDER, FOCUSED_BORDER, PANE_TITLE, SELECTED, SELECTED_INACTIVE, HEADER, DIM, LATER, STRONG, KEY,
  STATUS, WARNING, STYLE_COUNT };

// Foreground and background of each style's colour pair (-1: the terminal's default), as
// init_pair gets them and as the direct writer sends them.
static const short style_colors[STYLE_COUNT][2] = {
  [NORMAL] = {-1, -1}, [TITLE] = {COLOR_CYAN, -1}, [BORDER] = {-1, -1}, [FOCUSED_BORDER] = {COLOR_CYAN, -1},
  [PANE_TITLE] = {-1, -1}, [SELECTED] = {COLOR_BLACK, COLOR_CYAN}, [SELECTED_INACTIVE] = {-1, -1},
  [HEADER] = {-1, -1}, [DIM] = {-1, -1}, [LATER] = {COLOR_YELLOW, -1}, [STRONG] = {COLOR_GREEN, -1},
  [KEY] = {COLOR_CYAN, -1}, [STATUS] = {-1, -1}, [WARNING] = {COLOR_RED, -1},
};

static int colors_on = 0;
static attr_t attributes(int style);
// Whether frames go through the direct writer (imid_direct.c) rather than curses' refresh:
// when the terminal allows it, the locale is UTF-8 (what the writer sends), and
// IMID_PAINT=curses does not ask for curses.
static int direct = 0;

static int start_direct(void) {
  const char *paint = getenv("IMID_PAINT");
  if ((paint != NULL && strcmp(paint, "curses") == 0) || !imid_locale_is_utf8() || !imid_direct_possible()) return 0;
  attr_t styles[STYLE_COUNT];
  for (int style = 0; style < STYLE_COUNT; style++) styles[style] = attributes(style);
  return imid_direct_start(STYLE_COUNT, styles, style_colors, colors_on);
}

void imid_paint_start(int colors) {
  colors_on = 0;
  if (colors && has_colors() && start_color() == OK) {
    use_default_colors();
    for (int style = NORMAL + 1; style < STYLE_COUNT; style++)
      init_pair((short)style, style_colors[style][0], style_colors[style][1]);
    colors_on = 1;
  }
  direct = start_direct();
}

static attr_t attributes(int style) {
  switch (style) {
  case TITLE: return A_BOLD;
  case BORDER: return colors_on ? A_NORMAL : A_DIM;
  case FOCUSED_BORDER: return A_BOLD;
  case PANE_TITLE: return A_BOLD;
  case SELECTED: return colors_on ? A_BOLD : A_REVERSE | A_BOLD;
  case SELECTED_INACTIVE: return A_UNDERLINE;
  case HEADER: return A_BOLD;
  case DIM: return A_DIM;
  case LATER: return colors_on ? A_NORMAL : A_UNDERLINE;
  case STRONG: return A_BOLD;
  case KEY: return A_BOLD;
  case STATUS: return A_REVERSE;
  case WARNING: return A_REVERSE | A_BOLD;
  default: return A_NORMAL;
  }
}

void imid_draw_cells(int y, int x, const uint64_t *packed, int count, int style) {
  // Whole cells straight into the window (add_wchnstr), rather than a character at a time
  // through waddnwstr, which measures, classifies and merges attributes for each. Each cell is
  // the styled blank with the cell's characters put in, so a grapheme of several characters
  // (👩‍⚕️) stays one cell, as the model measured it.
  if (count <= 0) return;
  if (count > IMID_DRAW_LIMIT) count = IMID_DRAW_LIMIT;
  if (direct) {
    imid_direct_put_cells(y, x, packed, count, style);
    return;
  }
  short pair = colors_on && style > NORMAL && style < STYLE_COUNT ? (short)style : 0;
  const wchar_t space[2] = {L' ', L'\0'};
  cchar_t blank;
  if (setcchar(&blank, space, attributes(style), pair, NULL) == ERR) return;
  cchar_t cells[IMID_DRAW_LIMIT];
  for (int i = 0; i < count; i++) {
    cells[i] = blank;
    uint64_t low = packed[2 * i], high = packed[2 * i + 1];
    for (int j = 0; j < CCHARW_MAX && j < 5; j++) {
      uint64_t part = j < 3 ? low >> (21 * j) : high >> (21 * (j - 3));
      cells[i].chars[j] = (wchar_t)(part & 0x1FFFFF);
    }
  }
  mvadd_wchnstr(y, x, cells, count);
}

void imid_flush(void) {
  if (direct) imid_direct_present();
  else refresh();
}

int imid_clear(void) {
  if (direct) return imid_direct_clear();
  werase(stdscr);
  clearok(stdscr, TRUE);
  return 1;
}

void imid_draw_blanks(int y, int x, int count, int style) {
  if (direct && imid_direct_erase_cells(y, x, count, style)) return;
  uint64_t spaces[2 * 64];
  for (int i = 0; i < 64; i++) {
    spaces[2 * i] = ' ';
    spaces[2 * i + 1] = 0;
  }
  for (int done = 0; done < count; done += 64)
    imid_draw_cells(y, x + done, spaces, count - done < 64 ? count - done : 64, style);
}
