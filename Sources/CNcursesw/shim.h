#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// Wide-character ncurses: these must be defined before curses.h is included, or
// get_wch, setcchar and glibc's wcwidth are not declared.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 rejects reading mutable C globals (stdscr, COLORS) as shared mutable state,
// and does not import ncurses' bit macros (A_BOLD, ...) or function-like macros
// (COLOR_PAIR, KEY_F): each gets a small accessor here.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline void shim_set_escdelay(int ms) { set_escdelay(ms); }
static inline int shim_key_f(int n) { return KEY_F(n); }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }

static inline mmask_t shim_mouse_events(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t shim_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t shim_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_wheel_down(void) { return BUTTON5_PRESSED; }

// The width ncurses gives a character (glibc's table), to catch graphemes the terminal
// library would draw wider or narrower than the screen buffer measured them.
static inline int shim_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }
#endif
