import OpstapCLI

Runner.main()
