/**
 * The {@code linesift} command line (picocli): thin commands that parse options, call the facade, the trainer
 * or the scorer, and print. User errors exit with code 2 and one line on stderr; nothing else lives here.
 */
package org.linesift.cli;
