#ifndef IMID_PROCESS_H
#define IMID_PROCESS_H

// Process-wide settings the Swift standard library does not expose.

// Makes every thread allocate from one malloc arena (glibc's M_ARENA_MAX): a large catalogue
// is read on two threads, and a second arena kept the reading thread's freed entries resident.
// Does nothing where the C library has no such setting.
void imid_use_one_malloc_arena(void);

#endif
