// Placeholder so the package resolves until this target gets its tests (dates branch).
