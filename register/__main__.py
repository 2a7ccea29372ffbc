from register.cli import main

raise SystemExit(main())
