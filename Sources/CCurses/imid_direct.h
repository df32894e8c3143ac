#ifndef IMID_DIRECT_H
#define IMID_DIRECT_H

// The direct writer (imid_direct.c): paints cells with terminfo's strings, bypassing curses'
// refresh. Private to the C shim (not in include/); imid_paint.c decides when it is used.

#include <ncursesw/curses.h>
#include <stdint.h>

/// 1 when the terminal (set up by curses) can be painted directly: cursor addressing, an
/// attribute reset, and no scrolling when the bottom-right cell is written.
int imid_direct_possible(void);
/// Builds each style's attribute string from `attributes` and, when `use_colors`, the colour
/// pairs `colors` (foreground, background; -1 the default). 1 when ready, 0 when it cannot be used.
int imid_direct_start(int count, const attr_t *attributes, const short (*colors)[2], int use_colors);
/// Starts the frame with a cleared screen: 1, or 0 when the terminal has no way to clear it.
int imid_direct_clear(void);
/// Adds `count` blank cells from (y, x) in `style`, erased rather than written: 1, or 0 (nothing
/// added) when the terminal cannot erase or a blank in `style` would not look erased.
int imid_direct_erase_cells(int y, int x, int count, int style);
/// Adds `count` cells from (y, x) in `style` to the frame (cells packed as for imid_draw_cells).
void imid_direct_put_cells(int y, int x, const uint64_t *packed, int count, int style);
/// Writes the frame, ending it in the normal style: 0, or -1 when the terminal could not be written.
int imid_direct_present(void);

#endif
