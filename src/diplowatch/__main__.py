from diplowatch.cli import main

raise SystemExit(main())
