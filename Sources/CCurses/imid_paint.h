#ifndef IMID_PAINT_H
#define IMID_PAINT_H

// Private to the C shim (not in include/): called by imid_start once curses is up.

/// Sets up the styles (colour pairs when `colors` and the terminal has them) and chooses how
/// frames are sent: by the direct writer when the terminal allows it, else by curses.
void imid_paint_start(int colors);

#endif
