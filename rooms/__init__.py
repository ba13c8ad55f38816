"""The nine rooms of Kakurega and the features that live in them."""
