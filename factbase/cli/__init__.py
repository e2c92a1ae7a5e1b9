"""The command line: parse, call the core, render. The only code that imports typer or rich."""
