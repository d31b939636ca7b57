variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "cors_origins" {
  description = "Origins allowed to upload to and read from the assets bucket from the browser."
  type        = list(string)
  default     = []
}

variable "noncurrent_version_days" {
  description = "Days after which overwritten or deleted asset versions are removed."
  type        = number
  default     = 90
}

variable "replica_storage_class" {
  description = "Storage class of the object copies in the disaster-recovery bucket."
  type        = string
  default     = "STANDARD_IA"

  validation {
    condition     = contains(["STANDARD", "STANDARD_IA", "INTELLIGENT_TIERING", "GLACIER_IR"], var.replica_storage_class)
    error_message = "replica_storage_class must be STANDARD, STANDARD_IA, INTELLIGENT_TIERING or GLACIER_IR."
  }
}
