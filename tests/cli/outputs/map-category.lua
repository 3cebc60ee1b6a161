-- A category id given in the map form must pass the same id check as the list form.
scenario {
  id = "map-category", version = 1, duration = "1:00",
  title = { en = "Map form", vi = "Dạng bảng" },
  categories = { ["=cmd|' /C calc'!A0"] = { en = "Formula", vi = "Công thức" } },
}
inject { id = "a", at = "0:05", title = { en = "A", vi = "A" } }
