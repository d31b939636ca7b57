variable "context" {
  description = "Label inputs from a parent label module (its context output); direct inputs override them."
  type        = any
  default = {
    enabled     = true
    namespace   = null
    environment = null
    stage       = null
    name        = null
    delimiter   = null
    label_order = []
    attributes  = []
    tags        = {}
  }
}

variable "enabled" {
  description = "Set to false to make every module using this label create nothing."
  type        = bool
  default     = null
}

variable "namespace" {
  description = "Organisation or product prefix, e.g. \"acme\"."
  type        = string
  default     = null
}

variable "environment" {
  description = "Region or environment short name, e.g. \"ue1\" or \"eu\"."
  type        = string
  default     = null
}

variable "stage" {
  description = "Stage, e.g. \"prod\", \"staging\", \"dev\"."
  type        = string
  default     = null
}

variable "name" {
  description = "Name of the component, e.g. \"app\" or \"cache\"."
  type        = string
  default     = null
}

variable "delimiter" {
  description = "Between labels in the id; \"-\" when neither this nor the context sets one."
  type        = string
  default     = null
}

variable "label_order" {
  description = "Which labels make the id, in order."
  type        = list(string)
  default     = null
}

variable "attributes" {
  description = "Extra labels appended to the id (after the context's)."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags merged over the context's tags."
  type        = map(string)
  default     = {}
}
