/** The CLI's version, in its own module so that commands need not import main.ts (which imports them). */
export const VERSION = '0.1.0';
