#ifndef IMID_WRITE_H
#define IMID_WRITE_H

#include <stddef.h>

// Writes all of `text` to the terminal (standard output), past interruptions, with
// async-signal-safe calls only, so the crash handler may use it. Returns 0 when all was
// written, -1 otherwise. Private to the C shim (not in include/).
int imid_write_all(const char *text, size_t length);

#endif
