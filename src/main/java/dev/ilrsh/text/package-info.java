/** Small text helpers shared by the domain and the shell. */
package dev.ilrsh.text;
