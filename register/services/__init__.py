"""The register's use-cases as one Qt-free, async API (see :class:`register.services.core.RegisterCore`)."""
