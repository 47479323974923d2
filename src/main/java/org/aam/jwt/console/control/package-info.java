/** Rules of the console's browser session without HTTP types: where a login may redirect. */
package org.aam.jwt.console.control;
