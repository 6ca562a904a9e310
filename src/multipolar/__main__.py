from multipolar.cli import main

if __name__ == "__main__":  # spawned worker processes (Dask, multiprocessing) re-import this module
    main()
