package taint

import "github.com/kraitsec/krait/taint/models"

func kindByName(n string) (models.Kind, bool) { return models.KindByName(n) }
