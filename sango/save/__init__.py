"""Saving profiles, progress and settings locally (see storage.py for where, progress.py for what)."""
from .progress import (SCHEMA_VERSION, LessonProgress, Profile, ProgressStore, SaveData, Settings, migrate,
                       new_profile, record_result, validate_nickname)
from .storage import FileStorage, MemoryStorage, Storage, StorageError, default_storage

__all__ = ["SCHEMA_VERSION", "LessonProgress", "Profile", "ProgressStore", "SaveData", "Settings", "migrate",
           "new_profile", "record_result", "validate_nickname", "FileStorage", "MemoryStorage", "Storage",
           "StorageError", "default_storage"]
