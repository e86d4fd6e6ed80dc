/// The default policy, compiled into the binary so that `opstap` works outside this repository.
/// Byte for byte `datasets/policy/default.json`; a test fails when the two drift apart.
enum DefaultPolicy {
    static let json = #"""
{
  "name": "opstap-standaard-2026",
  "unknown_dutch_level_passes": true,
  "both_tracks": true,
  "competences": {
    "below_level_credit": 0.5,
    "related_competence_credit": 0.25,
    "wished_share": 0.2
  },
  "social_return_value": {
    "full_time_hours": 36,
    "months": 12,
    "per_year": {"bijstand": 35000, "ioaw": 35000, "ioaz": 35000, "doelgroepregister": 45000, "nug": 30000, "ww": 25000},
    "bonus": {"leerwerkplek": 2500}
  },
  "step_kinds_by_rung": {
    "1": ["volunteer"],
    "2": ["volunteer"],
    "3": ["volunteer"],
    "4": ["volunteer", "vacancy", "social_return"],
    "5": ["vacancy", "social_return", "driver_slot"],
    "6": ["vacancy", "social_return", "driver_slot"]
  },
  "kinds": {
    "vacancy": {
      "accepted_placeability": ["placeable", "hard_to_place"],
      "weights": {"competences": 0.35, "wish": 0.15, "attitude": 0.10, "travel": 0.15, "hours": 0.10, "step": 0.05, "support": 0.10, "purpose": 0},
      "min_required_coverage": 0.5,
      "min_score": 30,
      "travel_decay": 1.0,
      "max_step_up": null
    },
    "driver_slot": {
      "accepted_placeability": ["placeable", "hard_to_place"],
      "weights": {"competences": 0.30, "wish": 0.10, "attitude": 0.10, "travel": 0.25, "hours": 0.15, "step": 0.0, "support": 0.10, "purpose": 0},
      "min_required_coverage": 0.5,
      "min_score": 30,
      "travel_decay": 1.0,
      "max_step_up": null
    },
    "social_return": {
      "accepted_placeability": ["placeable", "hard_to_place"],
      "weights": {"competences": 0.20, "wish": 0.15, "attitude": 0.15, "travel": 0.15, "hours": 0.10, "step": 0.10, "support": 0.15, "purpose": 0.20},
      "min_required_coverage": 0.0,
      "min_score": 25,
      "travel_decay": 1.0,
      "max_step_up": null,
      "placeability_preference": {"placeable": 0, "hard_to_place": 1, "not_placeable": 1}
    },
    "volunteer": {
      "accepted_placeability": ["placeable", "hard_to_place"],
      "weights": {"competences": 0.10, "wish": 0.30, "attitude": 0.10, "travel": 0.20, "hours": 0.05, "step": 0.25, "support": 0.0, "purpose": 0},
      "min_required_coverage": 0.0,
      "min_score": 20,
      "travel_decay": 1.5,
      "max_step_up": 1
    }
  }
}

"""#
}
