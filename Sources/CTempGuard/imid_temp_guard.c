#include "imid_temp_guard.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

// Every Linux signal whose default action ends the process, bar the ones a bug raises
// (SEGV, BUS, ILL, FPE, ABRT, TRAP), which leave the file as evidence of the crash.
static const int guarded[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ,
  SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGPWR
  SIGPWR,
#endif
#ifdef SIGSTKFLT
  SIGSTKFLT,
#endif
#ifdef SIGIO
  SIGIO,
#endif
};
#define GUARDED_COUNT (sizeof guarded / sizeof guarded[0])

static char watched[4096];
static volatile sig_atomic_t watching = 0;
static struct sigaction previous[NSIG];
static int installed[NSIG];

// The listed signals and the real-time ones, which also end a process by default.
static int is_guarded(int sig) {
  if (sig >= SIGRTMIN && sig <= SIGRTMAX) return 1;
  for (unsigned i = 0; i < GUARDED_COUNT; i++)
    if (guarded[i] == sig) return 1;
  return 0;
}

static void on_signal(int sig) {
  if (watching) {
    watching = 0;
    unlink(watched);
  }
  // End the process the way the signal would have: its default action, unblocked.
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(sig, &action, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
}

int imid_temp_guard_watch(const char *path) {
  size_t length = strlen(path);
  if (length >= sizeof watched) return -1;
  memcpy(watched, path, length + 1);
  watching = 1;
  for (int sig = 1; sig < NSIG; sig++) {
    installed[sig] = 0;
    if (!is_guarded(sig) || sigaction(sig, NULL, &previous[sig]) != 0) continue;
    // A signal the caller ignores (SIGXFSZ around a write, SIGPIPE) stays ignored.
    if (previous[sig].sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigfillset(&action.sa_mask);
    if (sigaction(sig, &action, NULL) == 0) installed[sig] = 1;
  }
  return 0;
}

void imid_temp_guard_release(void) {
  watching = 0;
  for (int sig = 1; sig < NSIG; sig++) {
    if (installed[sig]) sigaction(sig, &previous[sig], NULL);
    installed[sig] = 0;
  }
}
