"""Pure rules of Regulate: scales, zones, patterns, suggestions. No Qt, no clock, no I/O."""
