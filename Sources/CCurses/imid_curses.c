#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "imid_curses.h"
#include "imid_paint.h"
#include "imid_write.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

const unsigned int imid_key_up = KEY_UP, imid_key_down = KEY_DOWN, imid_key_left = KEY_LEFT,
  imid_key_right = KEY_RIGHT, imid_key_home = KEY_HOME, imid_key_end = KEY_END, imid_key_page_up = KEY_PPAGE,
  imid_key_page_down = KEY_NPAGE, imid_key_back_tab = KEY_BTAB, imid_key_enter = KEY_ENTER,
  imid_key_backspace = KEY_BACKSPACE, imid_key_resize = KEY_RESIZE, imid_key_delete = KEY_DC,
  imid_key_mouse = KEY_MOUSE;

// Codes of our own, above every curses key, for the markers a terminal puts around pasted text
// once bracketed paste is on (ESC [ 200 ~ and ESC [ 201 ~).
enum { PASTE_BEGIN = KEY_MAX + 1, PASTE_END = KEY_MAX + 2 };
const unsigned int imid_key_paste_begin = PASTE_BEGIN, imid_key_paste_end = PASTE_END;

static const char bracketed_paste_on[] = "\033[?2004h", bracketed_paste_off[] = "\033[?2004l";
// Every mouse mode a terminal may have been left in (SGR coordinates, clicks, drags, motion),
// switched off on the way out; curses turns on only the ones its terminfo names (XM: for
// xterm-256color, SGR 1006 with click reports 1000).
static const char mouse_off[] = "\033[?1006l\033[?1000l\033[?1002l\033[?1003l";

int imid_write_all(const char *text, size_t length) {
  while (length > 0) {
    ssize_t written = write(STDOUT_FILENO, text, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return -1;
    text += written;
    length -= (size_t)written;
  }
  return 0;
}

static volatile sig_atomic_t pending_signal = 0;
static WINDOW *input = NULL;
static struct termios saved_termios;
static int have_saved_termios = 0;
static volatile sig_atomic_t curses_running = 0;
static SCREEN *screen = NULL;
static int mouse_on = 0;

// Click resolution off (mouseinterval 0): curses never waits to see whether a release and a
// second press follow, so a press (a click, a wheel notch) arrives at once, and the Swift side
// tells a double click from two presses on the same cell. Reports already waiting together
// are still merged by curses (press and release into a click, two clicks into a double
// click), hence the click masks too. Buttons 4 and 5 are the wheel (a press a notch).
static const mmask_t mouse_events = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED |
  BUTTON1_TRIPLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;

static void on_signal(int sig) { pending_signal = sig; }

// What the terminal gets back on every way out: attributes reset, bracketed paste and mouse
// reports off, cursor shown, alternate screen left. Written by the crash handler, which cannot call curses.
static const char terminal_reset[] =
  "\033[0m\033[?2004l\033[?1006l\033[?1000l\033[?1002l\033[?1003l\033[?25h\033[?1049l\r\n";

// A crash (a Swift trap is SIGILL or SIGTRAP): restore the terminal with async-signal-safe calls
// only, then die of the same signal so the exit status and any core dump stay right.
static void on_fatal_signal(int sig) {
  if (curses_running) {
    ssize_t ignored = write(STDOUT_FILENO, terminal_reset, sizeof terminal_reset - 1);
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    // The runtime's own report went to the alternate screen, which is gone now: say it again.
    static const char head[] = "imid: internal error (signal ";
    static const char tail[] = "); the terminal was restored\n";
    char report[sizeof head + sizeof tail + 4];
    size_t length = sizeof head - 1;
    memcpy(report, head, length);
    if (sig >= 10) report[length++] = (char)('0' + (sig / 10) % 10);
    report[length++] = (char)('0' + sig % 10);
    memcpy(report + length, tail, sizeof tail - 1);
    length += sizeof tail - 1;
    ignored = write(STDERR_FILENO, report, length);
    (void)ignored;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void imid_save_terminal(void) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_saved_termios = 1;
  int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(fatal[i], &action, NULL);
  }
}

// Every other signal whose default action ends the process (terminate, or terminate with a
// core dump) and that does not mean a fault in imid itself: sent from outside (kill, the
// shell, a hangup), or by the kernel for a limit (XCPU, XFSZ) or a bad system call (SYS,
// e.g. from seccomp, where returning from the handler just fails that call). Their handler
// only records the signal; the loop sees it within one read timeout, restores the terminal
// and then ends the process by that same signal (imid_end_by_signal). The faults (SEGV, BUS,
// ILL, TRAP, ABRT, FPE) restore at once in on_fatal_signal instead. Ignored by default
// (CHLD, URG, WINCH, CONT) and stopping (STOP, TSTP, TTIN, TTOU) signals are left alone.
static const int ending_signals[] = {
  SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef SIGSTKFLT
  SIGSTKFLT,
#endif
#ifdef SIGPWR
  SIGPWR,
#endif
#ifdef SIGIO
  SIGIO,  // also SIGPOLL on Linux
#endif
#ifdef SIGSYS
  SIGSYS,
#endif
#ifdef SIGEMT
  SIGEMT,
#endif
#ifdef SIGLOST
  SIGLOST,
#endif
};

// The dispositions found on install, put back by imid_restore_signal_handlers. Indexed by
// signal number (real-time signals included).
#ifdef SIGRTMAX
enum { SIGNAL_SLOTS = 128 };
#else
enum { SIGNAL_SLOTS = 64 };
#endif
static struct sigaction previous_actions[SIGNAL_SLOTS];
static unsigned char have_previous[SIGNAL_SLOTS];

static void record_signal(int sig) {
  if (sig <= 0 || sig >= SIGNAL_SLOTS) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a waiting read returns, and the loop sees the signal
  if (sigaction(sig, &action, &previous_actions[sig]) == 0) have_previous[sig] = 1;
}

void imid_install_signal_handlers(void) {
  // Handled signals are also unblocked: a parent that left them blocked (a test runner's
  // worker thread did, through tmux) would make the browser deaf to them.
  sigset_t handled;
  sigemptyset(&handled);
  for (unsigned i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++) {
    record_signal(ending_signals[i]);
    sigaddset(&handled, ending_signals[i]);
  }
#ifdef SIGRTMIN
  // SIGRTMIN and SIGRTMAX are functions in glibc: the signals it keeps for itself are below.
  for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) {
    record_signal(sig);
    sigaddset(&handled, sig);
  }
#endif
  pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
}

void imid_restore_signal_handlers(void) {
  for (int sig = 1; sig < SIGNAL_SLOTS; sig++) {
    if (!have_previous[sig]) continue;
    sigaction(sig, &previous_actions[sig], NULL);
    have_previous[sig] = 0;
  }
}

int imid_take_signal(void) {
  int sig = pending_signal;
  pending_signal = 0;
  return sig;
}

int imid_pending_signal(void) { return pending_signal; }

void imid_end_by_signal(int sig) {
  if (sig <= 0 || sig >= SIGNAL_SLOTS) return;
  // The default action, whatever the parent left (a background job of a shell without job
  // control inherits INT and QUIT ignored), so that the process ends the way this signal ends
  // any program: the parent's wait() sees WIFSIGNALED, and a shell reports 128 + sig.
  signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
}

int imid_locale_is_utf8(void) {
  const char *set = nl_langinfo(CODESET);
  if (set == NULL) return 0;
  char lower[16];
  size_t n = 0;
  for (; set[n] != '\0' && n + 1 < sizeof lower; n++) lower[n] = (char)((set[n] >= 'A' && set[n] <= 'Z') ? set[n] + 32 : set[n]);
  lower[n] = '\0';
  return strcmp(lower, "utf-8") == 0 || strcmp(lower, "utf8") == 0;
}

int imid_start(int colors, int mouse) {
  // Only the character set: it is all curses needs (wide characters and their widths). The
  // other categories cost a quarter of a millisecond of locale files at every start, and would
  // only have made strerror's words in the browser differ from the same message outside it.
  setlocale(LC_CTYPE, "");
  // newterm, unlike initscr, returns NULL instead of exiting when the terminal is unknown.
  screen = newterm(NULL, stdout, stdin);
  if (screen == NULL) return -1;
  set_term(screen);
  curses_running = 1;
  // ncurses 6.4 sends its output at every cursor move (dozens of small writes a frame: the
  // reader wakes for each) until the screen has once been through endwin; after this round
  // trip it sends each refresh in one write. (Costs an empty enter-and-leave of the
  // alternate screen before the first frame.)
  endwin();
  refresh();
  raw();
  noecho();
  nonl();
  curs_set(0);
  // The cursor is hidden: no need to send it back to a place after each frame.
  leaveok(stdscr, TRUE);
  // Do not stop every few lines of a refresh to look for typed keys (a poll each time): the
  // browser takes every key already waiting before it draws, so a frame is never stale.
  typeahead(-1);
  set_escdelay(25);
  // Bracketed paste: pasted text arrives between two markers, so a newline in it is not Enter.
  define_key("\033[200~", PASTE_BEGIN);
  define_key("\033[201~", PASTE_END);
  imid_write_all(bracketed_paste_on, sizeof bracketed_paste_on - 1);
  mouse_on = 0;
  if (mouse) {
    mouseinterval(0);
    mouse_on = mousemask(mouse_events, NULL) != 0;
  }
  imid_paint_start(colors);
  // Keys are read through a pad: reading through stdscr would refresh it whenever curses
  // thinks it changed (after a resize), painting curses' blank screen over the direct frame.
  input = newpad(1, 1);
  if (input == NULL) input = stdscr;
  keypad(input, TRUE);
  return 0;
}


void imid_stop(void) {
  if (curses_running) {
    endwin();  // turns curses' mouse reports off too
    imid_write_all(bracketed_paste_off, sizeof bracketed_paste_off - 1);
    if (mouse_on) imid_write_all(mouse_off, sizeof mouse_off - 1);
    curses_running = 0;
    if (screen != NULL) {
      delscreen(screen);  // frees the input pad too
      screen = NULL;
      input = NULL;
    }
  }
  if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

void imid_suspend(void) {
  if (!curses_running) return;
  // Out of curses mode, exactly as on exit: the shell gets the terminal as it was.
  endwin();
  imid_write_all(bracketed_paste_off, sizeof bracketed_paste_off - 1);
  if (mouse_on) imid_write_all(mouse_off, sizeof mouse_off - 1);
  if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios);
  curses_running = 0;  // nothing for the crash handler to restore meanwhile

  // Stop the whole job, as Ctrl-Z in cooked mode would (the terminal sends SIGTSTP to the
  // foreground process group), with the default action: curses' own SIGTSTP handler would
  // stop us too, but then resume on its own terms. An orphaned process group (no shell with
  // job control above it) discards the signal, and this returns at once.
  struct sigaction stop, previous;
  memset(&stop, 0, sizeof stop);
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTSTP, &stop, &previous);
  sigset_t tstp, mask;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &tstp, &mask);
  kill(0, SIGTSTP);
  // Continued (fg, or SIGCONT).
  pthread_sigmask(SIG_SETMASK, &mask, NULL);
  sigaction(SIGTSTP, &previous, NULL);

  // Back into curses mode at the size the terminal has now (a resize while stopped signalled
  // the shell, not us; ncurses' doupdate also checks after endwin, this does not rely on it),
  // everything redrawn, then paste and mouse as at start (ncurses resumes its mouse mode by
  // itself on the refresh; asking again costs one escape sequence).
  curses_running = 1;
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0 &&
      (size.ws_row != LINES || size.ws_col != COLS))
    resizeterm(size.ws_row, size.ws_col);
  clearok(curscr, TRUE);
  refresh();
  imid_write_all(bracketed_paste_on, sizeof bracketed_paste_on - 1);
  if (mouse_on) mousemask(mouse_events, NULL);
}

int imid_read_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & BUTTON4_PRESSED) return 4;
  if (event.bstate & BUTTON5_PRESSED) return 5;
  if (event.bstate & (BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED)) return 2;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  return 0;
}

int imid_lines(void) { return LINES; }
int imid_columns(void) { return COLS; }

int imid_read(int milliseconds, unsigned int *value) {
  wtimeout(input, milliseconds);
  wint_t ch = 0;
  int result = wget_wch(input, &ch);
  if (result == ERR) return 0;
  *value = (unsigned int)ch;
  return result == KEY_CODE_YES ? 2 : 1;
}
