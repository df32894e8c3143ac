#ifndef IMID_PROCESS_H
#define IMID_PROCESS_H

// Process-wide settings and threads the Swift standard library does not expose.

// Makes every thread allocate from one malloc arena (glibc's M_ARENA_MAX): a large catalogue
// is read on two threads, and a second arena kept the reading thread's freed entries resident.
// Does nothing where the C library has no such setting.
void imid_use_one_malloc_arena(void);

// Runs body(argument) on a new detached thread, started on a CPU other than the caller's when
// the process may use another: the caller goes on working (setting up the terminal while the
// catalogue loads), and Linux otherwise often queues a new thread behind its creator on the
// same CPU for a millisecond or more before moving it. Once running, the thread may use every
// CPU the process may. Returns 0, or -1 when no thread could be made.
int imid_start_thread(void (*body)(void *), void *argument);

#endif
