// The only C in imid: a thin shim over ncursesw for the front end (Sources/IMiDCurses).
// Swift cannot import curses' macros (COLOR_PAIR, A_REVERSE, …) or install async-signal-safe
// handlers by itself, so these few functions do it: the terminal session, signals and keys
// (imid_curses.c), and frames (imid_paint.c), which a direct writer (imid_direct.c) sends
// with terminfo's strings wherever it can.
#ifndef IMID_CURSES_H
#define IMID_CURSES_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

/// Saves the terminal's settings and installs crash handlers that restore them; call first.
void imid_save_terminal(void);
/// Installs handlers that only record the signal for every signal whose default action ends
/// the process and that is not a fault (INT, TERM, HUP, QUIT, USR1, USR2, ALRM, PIPE, XCPU,
/// XFSZ, VTALRM, PROF, PWR, SYS, STKFLT, IO and the real-time signals), so the loop can restore
/// the terminal before the process ends.
void imid_install_signal_handlers(void);
/// Puts back the dispositions found by imid_install_signal_handlers.
void imid_restore_signal_handlers(void);
/// The signal received since the last call (0 for none), clearing it.
int imid_take_signal(void);
/// The signal received and not yet taken (0 for none), leaving it pending.
int imid_pending_signal(void);
/// Ends the process by `sig` as its default action would (reset to SIG_DFL, unblocked, raised),
/// so the parent sees the usual status; call with the terminal restored. Returns only if the
/// signal did not end the process.
void imid_end_by_signal(int sig);
/// Starts curses on the terminal: 0 on success, -1 when the terminal cannot be used.
/// `colors` asks for colours (they are used only when the terminal has them); `mouse` asks
/// for mouse reports (button 1 presses and the wheel, SGR coordinates when the terminfo has them).
int imid_start(int colors, int mouse);
/// 1 when the locale's character set (nl_langinfo(CODESET), after setlocale in imid_start) is
/// UTF-8, else 0: the browser then draws in plain ASCII.
int imid_locale_is_utf8(void);
/// Ends curses and restores the saved settings; safe to call more than once.
void imid_stop(void);
/// Ctrl-Z: leaves curses mode (terminal settings as saved, bracketed paste and mouse reports
/// off), stops the process group as a shell job, and on SIGCONT takes the terminal back (at its
/// current size, paste and mouse on again, the screen to be repainted). Returns once continued,
/// or at once when nothing can continue it (an orphaned process group ignores the stop).
void imid_suspend(void);
/// After `imid_read` reported `imid_key_mouse`: the event's cell in *x, *y and its button:
/// 1 (button 1 pressed or clicked), 2 (a double click curses merged from reports that arrived
/// together), 4 (wheel up), 5 (wheel down), or 0 for anything else.
int imid_read_mouse(int *x, int *y);
/// Puts `length` bytes of UTF-8 on the terminal's clipboard (OSC 52, base64), written straight
/// to the terminal; 0 on success, -1 when it could not be written.
int imid_copy(const unsigned char *bytes, size_t length);
/// Screen size in cells.
int imid_lines(void);
int imid_columns(void);
/// Waits up to `milliseconds` (-1 forever, 0 not at all) for input.
/// Returns 0 for none, 1 for a character (in *value), 2 for a function key (curses code in *value).
int imid_read(int milliseconds, unsigned int *value);
/// The most cells one `imid_draw_cells` call draws.
enum { IMID_DRAW_LIMIT = 256 };
/// Draws `count` cells (at most IMID_DRAW_LIMIT) from (y, x) on, in the style `style` (a
/// CellStyle raw value). Each cell is two integers of `packed`, its grapheme's scalars 21 bits
/// apiece, lowest first, 0 where there is none (IMiDCore's `Cell.packedScalars`: at most five,
/// as curses keeps). The right half of a wide character is not a cell here.
void imid_draw_cells(int y, int x, const uint64_t *packed, int count, int style);
/// Sends what was drawn to the terminal.
void imid_flush(void);
/// Draws `count` blank cells from (y, x) in `style`: erased on the terminal where that looks
/// the same and costs fewer bytes than writing them.
void imid_draw_blanks(int y, int x, int count, int style);
/// Clears the screen so the next flush repaints everything (after a resize): 1 when the screen
/// is then blank (only cells other than a plain blank need drawing), 0 when every cell must be.
int imid_clear(void);

/// Curses key codes the front end maps (their macros are not visible to Swift).
extern const unsigned int imid_key_up, imid_key_down, imid_key_left, imid_key_right, imid_key_home, imid_key_end,
  imid_key_page_up, imid_key_page_down, imid_key_back_tab, imid_key_enter, imid_key_backspace, imid_key_resize,
  imid_key_delete, imid_key_mouse;
/// Codes `imid_read` reports (as function keys) for the start and end markers of a bracketed
/// paste, which `imid_start` turns on and `imid_stop` off.
extern const unsigned int imid_key_paste_begin, imid_key_paste_end;

#endif
