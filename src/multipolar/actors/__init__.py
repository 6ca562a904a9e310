"""Actor resolution: states, governments, militaries, leaders, metonyms, organisations and blocs."""
