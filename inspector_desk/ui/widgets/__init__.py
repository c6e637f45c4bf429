"""Small widgets and helpers shared by pages."""
