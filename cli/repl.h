/* repl.h - the interactive prompt (`baton` on a terminal, `baton -i FILE`). */
#ifndef BATON_REPL_H
#define BATON_REPL_H

/* Runs the read-eval-print loop in the __main__ module until end of input
 * (Ctrl-D) or SystemExit. Call after runtime_init (and after running the
 * file for -i), with the GIL held and SIGINT turned into KeyboardInterrupt
 * by signals_init. Uses GNU readline when stdin and stdout are terminals,
 * plain line reads (prompts on stderr) otherwise. Returns the exit status:
 * 0 at end of input, or what SystemExit asks for. */
int repl_run(void);
/* The same without the banner, for `baton -i` after the script ran (as
 * CPython shows no banner then). */
int repl_inspect(void);

#endif
