// rundir

// Recipes minigo test does not run (several packages) are reported as skipped.

package ignored
