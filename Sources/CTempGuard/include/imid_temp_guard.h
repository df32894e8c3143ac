// Removes a half-written temporary file when a signal ends the process, which Swift cannot do
// by itself: a handler may only make async-signal-safe calls (unlink, sigaction, raise).
#ifndef IMID_TEMP_GUARD_H
#define IMID_TEMP_GUARD_H

/// Remembers `path` and, until `imid_temp_guard_release`, makes every signal whose default
/// action ends the process unlink it first and then end the process as that signal would.
/// Returns 0, or -1 when the path is too long to keep (the caller then goes on unguarded).
int imid_temp_guard_watch(const char *path);
/// Forgets the path (the file was renamed into place or removed) and restores the handlers
/// that were there before.
void imid_temp_guard_release(void);

#endif
