"""Badges: a band's "Sango Safety Champion" badge is earned by finishing every lesson of that band.

Worked out from the saved progress each time (nothing extra is stored), so a badge appears as soon
as the last lesson is done and stays consistent when lessons are added.
"""
from __future__ import annotations

from dataclasses import dataclass

from .content.model import LessonLibrary
from .save.progress import SaveData


@dataclass(frozen=True)
class BandProgress:
    band: str
    finished: int
    total: int
    stars: int
    max_stars: int

    @property
    def champion(self) -> bool:
        return self.total > 0 and self.finished == self.total


def band_progress(data: SaveData, profile_id: str, library: LessonLibrary, band: str) -> BandProgress:
    lessons = library.for_band(band)
    mine = data.progress.get(profile_id, {})
    done = [mine[l.id] for l in lessons if l.id in mine and mine[l.id].completed]
    return BandProgress(band, len(done), len(lessons), sum(e.stars for e in done), 3 * len(lessons))
